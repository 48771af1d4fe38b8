import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, currentScope, getActor } from '@bridgeway/api-tenancy';
import { AuditEvent } from './audit-event.entity.js';

export type AuditAction = 'READ' | 'CREATE' | 'UPDATE' | 'DELETE' | 'ADMIT' | 'DISCHARGE' | 'LINK' | 'CLOSE';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  residentId?: string | null;
}

/** Writes the audit trail. Pass the transaction's `em` so a rejected mutation leaves no audit row either. */
@Injectable()
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  async record(entries: AuditEntry | AuditEntry[], em: EntityManager = this.em): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (!list.length) return;
    const actor = getActor();
    const requestId = currentScope()?.requestId ?? 'none';
    const tenant = em.getReference(Tenant, actor.tenantId);
    await em.insertMany(
      AuditEvent,
      // insertMany skips entity defaults, so the id is set here.
      list.map((e) => ({ id: randomUUID(), tenant, userId: actor.userId, action: e.action, entityType: e.entityType, entityId: e.entityId, residentId: e.residentId ?? null, requestId, occurredAt: new Date() })),
    );
  }
}
