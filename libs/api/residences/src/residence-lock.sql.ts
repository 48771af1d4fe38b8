import type { EntityManager } from '@mikro-orm/postgresql';

export interface LockedResidence {
  id: string;
  opened_on: string | null;
  closed_on: string | null;
}

/**
 * Locks the residence row (`for update`) for the rest of the transaction, so admissions (stays),
 * bed changes and closing the residence are serialised per residence. Null if not found.
 */
export async function lockResidence(tx: EntityManager, tenantId: string, residenceId: string): Promise<LockedResidence | null> {
  const rows = await tx.execute<LockedResidence[]>('select id, opened_on, closed_on from residence where tenant_id = :tenantId and id = :residenceId for update', { tenantId, residenceId });
  return rows[0] ?? null;
}
