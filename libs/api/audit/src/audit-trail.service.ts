import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { staffMembers } from '@bridgeway/api-organisations';
import { getActor } from '@bridgeway/api-tenancy';
import { AuditService } from './audit.service.js';
import type { AuditEntryType } from './audit-entry.type.js';

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

/**
 * Reads "who looked at or changed this resident's record", newest first. The caller (the residents
 * library, which owns the resident table) has checked that the resident exists.
 */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async ofResident(residentId: string, first: number): Promise<AuditEntryType[]> {
    const rows = await this.em.execute<AuditRow[]>(
      `select a.id, a.occurred_at, a.action, a.entity_type, a.entity_id, a.request_id, a.details, a.user_id, u.display_name
         from audit_event a left join ${staffMembers('u')} on u.tenant_id = a.tenant_id and u.id = a.user_id
        where a.tenant_id = :tenantId and a.resident_id = :residentId
        order by a.occurred_at desc, a.id
        limit :first`,
      { tenantId: getActor().tenantId, residentId, first },
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
