import type { EntityManager } from '@mikro-orm/postgresql';
import { compareBeds } from '@bridgeway/api-residences';

export interface FreeBed {
  id: string;
  room: string;
  label: string;
}

/** Active beds of a residence nobody sleeps in, in room/label order. Call with the residence locked (bed is read-only here: residences owns it). */
export async function freeBeds(tx: EntityManager, tenantId: string, residenceId: string): Promise<FreeBed[]> {
  const rows = await tx.execute<FreeBed[]>(
    `select b.id, b.room, b.label from bed b
      where b.tenant_id = :tenantId and b.residence_id = :residenceId and b.retired_on is null
        and not exists (select 1 from stay s where s.tenant_id = b.tenant_id and s.bed_id = b.id and s.discharged_on is null)`,
    { tenantId, residenceId },
  );
  return rows.sort(compareBeds);
}

/** The resident's latest discharge date, or null. */
export async function lastDischargeOfResident(tx: EntityManager, tenantId: string, residentId: string): Promise<string | null> {
  const rows = await tx.execute<{ d: string | null }[]>('select max(discharged_on) as d from stay where tenant_id = :tenantId and resident_id = :residentId', { tenantId, residentId });
  return rows[0].d;
}
