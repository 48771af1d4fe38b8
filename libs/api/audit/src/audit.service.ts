import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, beforeRequestCommit, currentScope, getActor } from '@bridgeway/api-tenancy';
import type { AuditAction } from '@bridgeway/shared-domain';
import { AuditEvent } from './audit-event.entity.js';
import type { PersonKind } from './person-records.js';

/** The actions (shared-domain's AUDIT_ACTIONS, which the web client has words for). */
export type { AuditAction };

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  residentId?: string | null;
  /** Ids and codes only (never names, notes or contact data). */
  details?: Record<string, string | number | boolean | null>;
}

/** The persons each request has already written a row about (`Resident:<id>`, `Relative:<id>`). */
const coveredByRequest = new WeakMap<object, Set<string>>();
/** READ rows each request writes at its end, in one insert. */
const pendingByRequest = new WeakMap<object, AuditEntry[]>();

/** A row about the person itself, or a change to their record (its answer shows them), covers their disclosure. */
function personKeys(entry: AuditEntry): string[] {
  const keys = entry.action !== 'READ' && entry.residentId ? [`Resident:${entry.residentId}`] : [];
  if (entry.entityType === 'Resident' || entry.entityType === 'Relative') keys.push(`${entry.entityType}:${entry.entityId}`);
  return keys;
}

/** Writes the audit trail. Pass the transaction's `em` so a rejected mutation leaves no audit row either. */
@Injectable()
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Queues rows to write at the end of the request, inside its transaction and before it
   * commits (all queued rows in one insert). For reads, whose disclosure is only final when the
   * response is: if the insert fails, the request rolls back and the response is withheld.
   */
  recordAtRequestEnd(entries: AuditEntry[]): void {
    const scope = currentScope();
    if (!scope) throw new Error('No request scope: recordAtRequestEnd needs a request');
    let pending = pendingByRequest.get(scope);
    if (!pending) {
      const queued: AuditEntry[] = [];
      pendingByRequest.set(scope, (pending = queued));
      beforeRequestCommit(() => this.record(queued));
    }
    pending.push(...entries);
  }

  /** Whether this request already wrote a row about the person (e.g. the mutation that returned them). */
  coversPerson(kind: PersonKind, id: string): boolean {
    const scope = currentScope();
    return !!scope && !!coveredByRequest.get(scope)?.has(`${kind}:${id}`);
  }

  async record(entries: AuditEntry | AuditEntry[], em: EntityManager = this.em): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (!list.length) return;
    const actor = getActor();
    const scope = currentScope();
    const requestId = scope?.requestId ?? 'none';
    const clientRequestId = scope?.clientRequestId ?? null;
    const tenant = em.getReference(Tenant, actor.tenantId);
    await em.insertMany(
      AuditEvent,
      // insertMany skips entity defaults, so the id is set here.
      list.map((e) => ({
        id: randomUUID(),
        tenant,
        userId: actor.userId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        residentId: e.residentId ?? null,
        requestId,
        clientRequestId,
        details: e.details ?? null,
        occurredAt: new Date(),
      })),
    );
    if (scope) {
      const covered = coveredByRequest.get(scope) ?? new Set<string>();
      for (const entry of list) for (const key of personKeys(entry)) covered.add(key);
      coveredByRequest.set(scope, covered);
    }
  }
}
