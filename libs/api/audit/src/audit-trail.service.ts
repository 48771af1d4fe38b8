import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { staffMembers } from '@bridgeway/api-organisations';
import { getActor } from '@bridgeway/api-tenancy';
import { AuditService, SESSION_NOTES_KEY } from './audit.service.js';
import type { AuditEntryType } from './audit-entry.type.js';
import { AUDIT_LOG_MAX_CSV_ROWS, type AuditLogCsvType, type AuditLogFilterArgs, type AuditLogPageType } from './audit-log.types.js';

interface AuditRow {
  id: string;
  occurred_at: string | Date;
  action: string;
  entity_type: string;
  entity_id: string;
  resident_id: string | null;
  request_id: string;
  details: Record<string, unknown> | null;
  user_id: string;
  display_name: string | null;
}

const COLUMNS = 'a.id, a.occurred_at, a.action, a.entity_type, a.entity_id, a.resident_id, a.request_id, a.details, a.user_id, u.display_name';
const FROM = `audit_event a left join ${staffMembers('u')} on u.tenant_id = a.tenant_id and u.id = a.user_id`;

function toEntry(r: AuditRow): AuditEntryType {
  const { [SESSION_NOTES_KEY]: notes, ...details } = r.details ?? {};
  return {
    id: r.id,
    occurredAt: new Date(r.occurred_at),
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    residentId: r.resident_id,
    sessionIds: Array.isArray(notes) ? notes.map(String) : [],
    requestId: r.request_id,
    details: Object.entries(details).map(([key, value]) => ({ key, value: value == null ? null : Array.isArray(value) ? value.join(' ') : String(value) })),
    userId: r.user_id,
    userDisplayName: r.display_name,
  };
}

/** One row of a person's access log (AuditTrailService.aboutPerson). */
export interface AuditPersonEntry {
  occurredAt: Date;
  userId: string;
  userDisplayName: string | null;
  action: string;
  entityType: string;
}

/** The where clause and parameters of a filtered log (always the actor's tenant; RLS too). */
function whereOf(filter: AuditLogFilterArgs): { sql: string; params: Record<string, unknown> } {
  const clauses = ['a.tenant_id = :tenantId'];
  const params: Record<string, unknown> = { tenantId: getActor().tenantId };
  const add = (clause: string, name: string, value: string | null | undefined) => {
    if (!value) return;
    clauses.push(clause);
    params[name] = value;
  };
  add('a.user_id = :userId', 'userId', filter.userId);
  add('(a.resident_id = :personId or a.entity_id = :personId)', 'personId', filter.personId);
  // A session id finds the session's own rows and every resident READ entry that disclosed its notes.
  add(`(a.entity_id = :entityId or a.details -> '${SESSION_NOTES_KEY}' @> jsonb_build_array(cast(:entityId as text)))`, 'entityId', filter.entityId);
  add('a.action = :action', 'action', filter.action);
  add('a.occurred_at >= cast(:from as date)', 'from', filter.from);
  add('a.occurred_at < cast(:to as date) + 1', 'to', filter.to);
  return { sql: clauses.join(' and '), params };
}

/** RFC 4180 field; a leading = + - @ is quoted so a spreadsheet never runs it as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Reads the audit trail, newest first: a resident's (the caller, the residents library, has
 * checked that the resident exists) or the organisation's, filtered. Reading it is audited.
 */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async ofResident(residentId: string, first: number): Promise<AuditEntryType[]> {
    const rows = await this.em.execute<AuditRow[]>(
      `select ${COLUMNS} from ${FROM}
        where a.tenant_id = :tenantId and a.resident_id = :residentId
        order by a.occurred_at desc, a.id
        limit :first`,
      { tenantId: getActor().tenantId, residentId, first },
    );
    // Reading the trail is itself a look at the person's record.
    await this.audit.record({ action: 'READ', entityType: 'AuditTrail', entityId: residentId, residentId });
    return rows.map(toEntry);
  }

  /**
   * The audit rows about one person, newest first, at most `limit`: rows naming them (their
   * record type and id, or, for a resident, their case file), rows about any of `recordIds` (a
   * session, a goal, … of theirs) and the rows whose own id is among them. For the person's
   * access log in an art. 15 export; the caller audits the export, so this read writes nothing.
   */
  async aboutPerson(person: { entityType: string; id: string; isResident: boolean }, recordIds: readonly string[], limit: number): Promise<AuditPersonEntry[]> {
    const byResident = person.isResident ? 'a.resident_id = cast(:personId as uuid) or ' : '';
    const rows = await this.em.execute<{ occurred_at: string | Date; user_id: string; display_name: string | null; action: string; entity_type: string }[]>(
      `select a.occurred_at, a.user_id, u.display_name, a.action, a.entity_type
         from ${FROM}
        where a.tenant_id = :tenantId
          and (${byResident}(a.entity_type = :entityType and a.entity_id = :personId)
               or a.entity_id in (select jsonb_array_elements_text(cast(:recordIds as jsonb)))
               or cast(a.id as text) in (select jsonb_array_elements_text(cast(:recordIds as jsonb))))
        order by a.occurred_at desc, a.id
        limit :limit`,
      { tenantId: getActor().tenantId, personId: person.id, entityType: person.entityType, recordIds: JSON.stringify(recordIds), limit },
    );
    return rows.map((r) => ({ occurredAt: new Date(r.occurred_at), userId: r.user_id, userDisplayName: r.display_name, action: r.action, entityType: r.entity_type }));
  }

  /** A page of the organisation's log (the resolver bounds `first`). */
  async page(filter: AuditLogFilterArgs, first: number, offset: number): Promise<AuditLogPageType> {
    const where = whereOf(filter);
    const [rows, [{ n }]] = await Promise.all([
      this.em.execute<AuditRow[]>(`select ${COLUMNS} from ${FROM} where ${where.sql} order by a.occurred_at desc, a.id limit :first offset :offset`, { ...where.params, first, offset }),
      this.em.execute<{ n: number }[]>(`select count(*)::int as n from audit_event a where ${where.sql}`, where.params),
    ]);
    await this.recordLookAt(filter);
    return { totalCount: n, entries: rows.map(toEntry), hasNextPage: offset + rows.length < n };
  }

  /** The filtered log as CSV, newest first, at most AUDIT_LOG_MAX_CSV_ROWS entries. */
  async csv(filter: AuditLogFilterArgs): Promise<AuditLogCsvType> {
    const where = whereOf(filter);
    const rows = await this.em.execute<AuditRow[]>(`select ${COLUMNS} from ${FROM} where ${where.sql} order by a.occurred_at desc, a.id limit :limit`, {
      ...where.params,
      limit: AUDIT_LOG_MAX_CSV_ROWS + 1,
    });
    const truncated = rows.length > AUDIT_LOG_MAX_CSV_ROWS;
    const entries = rows.slice(0, AUDIT_LOG_MAX_CSV_ROWS).map(toEntry);
    const header = ['occurredAt', 'user', 'userId', 'action', 'entityType', 'entityId', 'residentId', 'sessionNotes', 'details', 'requestId'];
    const lines = [header, ...entries.map((e) => [e.occurredAt.toISOString(), e.userDisplayName ?? '', e.userId, e.action, e.entityType, e.entityId, e.residentId ?? '', e.sessionIds.join(' '), e.details.map((d) => `${d.key}=${d.value ?? ''}`).join('; '), e.requestId])];
    await this.recordLookAt(filter, 'export');
    const day = new Date().toISOString().slice(0, 10);
    return { filename: `audit-trail-${day}.csv`, content: '\uFEFF' + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n', rowCount: entries.length, truncated };
  }

  /** Reading the log is itself audited, with the filter it used. */
  private recordLookAt(filter: AuditLogFilterArgs, how: 'view' | 'export' = 'view'): Promise<void> {
    const details = Object.fromEntries(Object.entries({ how, userId: filter.userId, personId: filter.personId, entityId: filter.entityId, action: filter.action, from: filter.from, to: filter.to }).filter(([, v]) => v != null)) as Record<string, string>;
    // The filter's ids go to details only: an id from the request (maybe another tenant's) never becomes the row's subject.
    return this.audit.record({ action: 'READ', entityType: 'AuditLog', entityId: 'organisation', details });
  }
}
