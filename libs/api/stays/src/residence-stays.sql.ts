import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ResidenceStays } from '@bridgeway/api-residences';

/** The stays of a residence as the residences library asks for them (its ResidenceStays port). */
@Injectable()
export class ResidenceStaysSql implements ResidenceStays {
  async countOpen(tx: EntityManager, tenantId: string, residenceId: string): Promise<number> {
    const rows = await tx.execute<{ n: number }[]>('select count(*)::int as n from stay where tenant_id = :tenantId and residence_id = :residenceId and discharged_on is null', {
      tenantId,
      residenceId,
    });
    return rows[0].n;
  }

  async lastDischargeOn(tx: EntityManager, tenantId: string, residenceId: string): Promise<string | null> {
    const rows = await tx.execute<{ d: string | null }[]>('select max(discharged_on) as d from stay where tenant_id = :tenantId and residence_id = :residenceId', { tenantId, residenceId });
    return rows[0].d;
  }

  async firstAdmissionOn(tx: EntityManager, tenantId: string, residenceId: string): Promise<string | null> {
    const rows = await tx.execute<{ d: string | null }[]>('select min(admitted_on) as d from stay where tenant_id = :tenantId and residence_id = :residenceId', { tenantId, residenceId });
    return rows[0].d;
  }

  async isBedOccupied(tx: EntityManager, tenantId: string, bedId: string): Promise<boolean> {
    const rows = await tx.execute<{ id: string }[]>('select id from stay where tenant_id = :tenantId and bed_id = :bedId and discharged_on is null limit 1', { tenantId, bedId });
    return rows.length > 0;
  }
}
