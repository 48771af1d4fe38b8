import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@bridgeway/api-common';
import { getActor } from '@bridgeway/api-tenancy';
import { AuditService } from './audit.service.js';
import type { AuditEntryType } from './audit-entry.type.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AuditRow {
  id: string;
  occurred_at: string | Date;
  action: string;
  entity_type: string;
  entity_id: string;
  request_id: string;
  details: Record<string, unknown> | null;
  user_id: string;
  display_name: string | null;
}

/** Reads "who looked at or changed this resident's record", newest first. */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async ofResident(residentId: string, first: number): Promise<AuditEntryType[]> {
    const { tenantId } = getActor();
    // Plain SQL keeps this library free of the residents library (which depends on it).
    const exists = UUID.test(residentId) && (await this.em.execute(`select 1 from resident where tenant_id = ? and id = ?`, [tenantId, residentId])).length > 0;
    if (!exists) throw new NotFoundError('Resident', residentId);
    const rows = await this.em.execute<AuditRow[]>(
      `select a.id, a.occurred_at, a.action, a.entity_type, a.entity_id, a.request_id, a.details, a.user_id, u.display_name
         from audit_event a left join user_account u on u.tenant_id = a.tenant_id and u.id = a.user_id
        where a.tenant_id = ? and a.resident_id = ?
        order by a.occurred_at desc, a.id
        limit ?`,
      [tenantId, residentId, first],
    );
    // Reading the trail is itself a look at the person's record.
    await this.audit.record({ action: 'READ', entityType: 'AuditTrail', entityId: residentId, residentId });
    return rows.map((r) => ({
      id: r.id,
      occurredAt: new Date(r.occurred_at),
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      requestId: r.request_id,
      details: Object.entries(r.details ?? {}).map(([key, value]) => ({ key, value: value == null ? null : String(value) })),
      userId: r.user_id,
      userDisplayName: r.display_name,
    }));
  }
}
