import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * SQL shared by residences and stays. Plain SQL on `stay` keeps this library free of
 * an import of the stays library (which depends on this one).
 */

export interface LockedResidence {
  id: string;
  opened_on: string | null;
  closed_on: string | null;
}

/**
 * Locks the residence row (`for update`) for the rest of the transaction, so admissions,
 * bed changes and closing the residence are serialised per residence. Null if not found.
 */
export async function lockResidence(tx: EntityManager, tenantId: string, residenceId: string): Promise<LockedResidence | null> {
  const rows = await tx.execute<LockedResidence[]>('select id, opened_on, closed_on from residence where tenant_id = ? and id = ? for update', [tenantId, residenceId]);
  return rows[0] ?? null;
}

export async function countOpenStays(tx: EntityManager, tenantId: string, residenceId: string): Promise<number> {
  const rows = await tx.execute<{ n: number }[]>('select count(*)::int as n from stay where tenant_id = ? and residence_id = ? and discharged_on is null', [tenantId, residenceId]);
  return rows[0].n;
}

/** The latest discharge date of the residence, or null. */
export async function lastDischargeOn(tx: EntityManager, tenantId: string, residenceId: string): Promise<string | null> {
  const rows = await tx.execute<{ d: string | null }[]>('select max(discharged_on) as d from stay where tenant_id = ? and residence_id = ?', [tenantId, residenceId]);
  return rows[0].d;
}

export async function isBedOccupied(tx: EntityManager, tenantId: string, bedId: string): Promise<boolean> {
  const rows = await tx.execute<{ id: string }[]>('select id from stay where tenant_id = ? and bed_id = ? and discharged_on is null limit 1', [tenantId, bedId]);
  return rows.length > 0;
}

/** The earliest admission into the residence, or null. */
export async function firstAdmissionOn(tx: EntityManager, tenantId: string, residenceId: string): Promise<string | null> {
  const rows = await tx.execute<{ d: string | null }[]>('select min(admitted_on) as d from stay where tenant_id = ? and residence_id = ?', [tenantId, residenceId]);
  return rows[0].d;
}
