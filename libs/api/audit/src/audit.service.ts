import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, beforeRequestCommit, currentScope, getActor, sendWithCommit } from '@bridgeway/api-tenancy';
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
  details?: Record<string, string | number | boolean | null | string[]>;
}

/** The details key listing the sessions whose notes a resident's READ entry disclosed. */
export const SESSION_NOTES_KEY = 'sessionNotes';

/**
 * One READ entry per record and request: a session's notes read in the request fold into the
 * READ entry of its resident, as `details.sessionNotes` (ids, still queryable), rather than a row
 * each. A session without a resident (a relative's) keeps a row of its own.
 */
export function consolidateReads(entries: readonly AuditEntry[]): AuditEntry[] {
  const out: AuditEntry[] = [];
  const residentReads = new Map<string, AuditEntry>();
  const notesOf = new Map<string, string[]>();
  for (const e of entries) {
    if (e.action === 'READ' && e.entityType === 'Resident') {
      const seen = residentReads.get(e.entityId);
      if (seen) continue;
      const copy = { ...e, details: { ...(e.details ?? {}) } };
      residentReads.set(e.entityId, copy);
      out.push(copy);
    } else if (e.action === 'READ' && e.entityType === 'CounsellingSession' && e.residentId) {
      const ids = notesOf.get(e.residentId) ?? [];
      if (!ids.includes(e.entityId)) ids.push(e.entityId);
      notesOf.set(e.residentId, ids);
    } else out.push(e);
  }
  for (const [residentId, ids] of notesOf) {
    let entry = residentReads.get(residentId);
    if (!entry) {
      // The resident was covered by another row of the request (e.g. the mutation that returned the session): the notes still need theirs.
      entry = { action: 'READ', entityType: 'Resident', entityId: residentId, residentId, details: {} };
      residentReads.set(residentId, entry);
      out.push(entry);
    }
    entry.details = { ...entry.details, [SESSION_NOTES_KEY]: ids };
  }
  return out;
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

/** An audit_event row as inserted (insertMany skips entity defaults, so every column is set). */
interface AuditRow {
  id: string;
  tenant: Tenant;
  userId: string;
  action: string;
  entityType: string;
  entityId: string;
  residentId: string | null;
  requestId: string;
  clientRequestId: string | null;
  details: Record<string, unknown> | null;
  occurredAt: Date;
}

/** The columns of the end-of-request insert, in its order. */
const INSERTED = ['id', 'tenant', 'userId', 'action', 'entityType', 'entityId', 'residentId', 'requestId', 'clientRequestId', 'details', 'occurredAt'] as const;

/** One row's `?` per column, in INSERTED's order. */
const ROW_PLACEHOLDERS = `(${INSERTED.map(() => '?').join(', ')})`;

/** A row's value for its column: the tenant's id, the details as JSON text (jsonb). */
function columnValue(row: AuditRow, property: (typeof INSERTED)[number]): unknown {
  if (property === 'tenant') return row.tenant.id;
  if (property === 'details') return row.details === null ? null : JSON.stringify(row.details);
  return row[property];
}

/** Writes the audit trail. Pass the transaction's `em` so a rejected mutation leaves no audit row either. */
@Injectable()
export class AuditService {
  /** `insert into "audit_event" (…) values `, from the entity's metadata (the same for every request). */
  private insertInto?: string;

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
      beforeRequestCommit(() => this.recordWithCommit(consolidateReads(queued)));
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
    await em.insertMany(AuditEvent, this.rowsOf(list, em));
    this.markCovered(list);
  }

  /**
   * The end-of-request insert, sent in the COMMIT's round trip (`insert …; commit`, one query:
   * sendWithCommit), rendered with MikroORM's own PostgreSQL quoting as every statement it sends.
   * If the insert fails nothing of the request commits. Without a request transaction to hand
   * it to, it is run now.
   */
  private async recordWithCommit(entries: AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    const rows = this.rowsOf(entries, this.em);
    if (!sendWithCommit(this.insertStatement(rows))) await this.em.insertMany(AuditEvent, rows);
    this.markCovered(entries);
  }

  /**
   * `insert into audit_event (…) values (…), …` with every value quoted by MikroORM's platform,
   * as its query builder would render it (columns from the entity's metadata), without building a
   * query builder per request (issue 8: that was about 3 % of a case file's CPU).
   */
  private insertStatement(rows: AuditRow[]): string {
    const values = rows.flatMap((row) => INSERTED.map((property) => columnValue(row, property)));
    return this.em.getPlatform().formatQuery(this.insertPrefix() + rows.map(() => ROW_PLACEHOLDERS).join(', '), values);
  }

  private insertPrefix(): string {
    if (this.insertInto === undefined) {
      const platform = this.em.getPlatform();
      const meta = this.em.getMetadata().get(AuditEvent);
      const columns = INSERTED.map((property) => platform.quoteIdentifier(meta.properties[property].fieldNames[0] as string)).join(', ');
      this.insertInto = `insert into ${platform.quoteIdentifier(meta.tableName)} (${columns}) values `;
    }
    return this.insertInto;
  }

  private rowsOf(list: AuditEntry[], em: EntityManager): AuditRow[] {
    const actor = getActor();
    const scope = currentScope();
    const requestId = scope?.requestId ?? 'none';
    const clientRequestId = scope?.clientRequestId ?? null;
    const tenant = em.getReference(Tenant, actor.tenantId);
    // insertMany skips entity defaults, so the id is set here.
    return list.map((e) => ({
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
    }));
  }

  private markCovered(list: AuditEntry[]): void {
    const scope = currentScope();
    if (!scope) return;
    const covered = coveredByRequest.get(scope) ?? new Set<string>();
    for (const entry of list) for (const key of personKeys(entry)) covered.add(key);
    coveredByRequest.set(scope, covered);
  }
}
