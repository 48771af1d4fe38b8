import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrailService } from '@bridgeway/api-audit';
import { NotFoundError } from '@bridgeway/api-common';
import { staffMembers } from '@bridgeway/api-organisations';
import { DataSubjectKind } from '@bridgeway/shared-domain';
import { PersonalDataService, type DataSubject, type PersonalDataSection } from '../personal-data.service.js';

/** The most access-log entries one export holds (newest first); more are left out, and the export says so. */
export const ACCESS_LOG_MAX_ENTRIES = 5_000;

/** The table of the person row of each kind of subject, and the record type its audit rows name. */
const PERSON_TABLES: Record<DataSubjectKind, { table: string; entityType: string }> = {
  [DataSubjectKind.RESIDENT]: { table: 'resident', entityType: 'Resident' },
  [DataSubjectKind.RELATIVE]: { table: 'relative', entityType: 'Relative' },
  [DataSubjectKind.MEMBER]: { table: 'member', entityType: 'Member' },
};

export interface SubjectIdentity extends DataSubject {
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
}

/** One audit row about the subject: when, who (by name), what. */
export interface AccessLogEntry {
  occurredAt: string;
  staffMemberId: string;
  staffMember: string | null;
  action: string;
  entityType: string;
}

export interface AccessLog {
  entries: AccessLogEntry[];
  /** More rows exist than ACCESS_LOG_MAX_ENTRIES. */
  truncated: boolean;
}

/** Tables without a name column whose rows still have a name in words: a meeting is its group and its start. */
const LABELS: Record<string, string> = {
  meeting: `(select p.name from programme p where p.tenant_id = t.tenant_id and p.id = t.programme_id) || ', ' || to_char(t.starts_at at time zone (select z.time_zone from tenant z where z.id = t.tenant_id), 'YYYY-MM-DD HH24:MI')`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What the art. 15 export needs beyond PersonalDataService.collect: the person's identity (or
 * NOT_FOUND), their access log (the audit trail of their record and of every row the catalog
 * holds of them) and names for the ids their rows point at (staff, residences, programmes), so
 * the readable export never shows an id alone. Runs in the caller's transaction: RLS keeps every
 * statement to the caller's tenant.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly em: EntityManager,
    private readonly personalData: PersonalDataService,
    private readonly auditTrail: AuditTrailService,
  ) {}

  /** The person, or NOT_FOUND (unknown, or another organisation's: RLS hides it). */
  async identify(subject: DataSubject): Promise<SubjectIdentity> {
    const { table, entityType } = PERSON_TABLES[subject.kind];
    const birth = subject.kind === DataSubjectKind.RESIDENT ? 'cast(t.date_of_birth as text)' : 'null';
    const [row] = await this.em.execute<{ first_name: string; last_name: string; date_of_birth: string | null }[]>(
      `select t.first_name, t.last_name, ${birth} as date_of_birth from ${table} t where t.id = :id`,
      { id: subject.id },
    );
    if (!row) throw new NotFoundError(entityType, subject.id);
    return { ...subject, firstName: row.first_name, lastName: row.last_name, dateOfBirth: row.date_of_birth };
  }

  /** Every declared table's rows for the subject (PersonalDataService.collect). */
  collect(subject: DataSubject): Promise<PersonalDataSection[]> {
    return this.personalData.collect(subject);
  }

  /**
   * The audit rows about the subject, newest first: rows naming the person (or, for a resident,
   * their case file), rows about any record the catalog holds of them (a session, a goal, …) and
   * the audit rows the catalog itself declares theirs (`audit_event` rows among the sections);
   * the audit library reads its own table (AuditTrailService.aboutPerson).
   */
  async accessLog(subject: DataSubject, sections: readonly PersonalDataSection[]): Promise<AccessLog> {
    const recordIds = [...new Set(sections.flatMap((s) => s.rows.map((r) => r.id)).filter((id): id is string => typeof id === 'string'))];
    const person = { entityType: PERSON_TABLES[subject.kind].entityType, id: subject.id, isResident: subject.kind === DataSubjectKind.RESIDENT };
    const rows = await this.auditTrail.aboutPerson(person, recordIds, ACCESS_LOG_MAX_ENTRIES + 1);
    return {
      truncated: rows.length > ACCESS_LOG_MAX_ENTRIES,
      entries: rows.slice(0, ACCESS_LOG_MAX_ENTRIES).map((r) => ({
        occurredAt: r.occurredAt.toISOString(),
        staffMemberId: r.userId,
        staffMember: r.userDisplayName,
        action: r.action,
        entityType: r.entityType,
      })),
    };
  }

  /**
   * Names of the ids the subject's rows point at, by id: staff members (a counsellor, who
   * recorded it) and the records a column `<table>_id` refers to when that table has a name
   * (name, title, label or first and last name; a meeting: its group and start). Ids of the
   * subject's own rows are left out (the export names those itself).
   */
  async namesOf(sections: readonly PersonalDataSection[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const ownIds = new Set(sections.flatMap((s) => s.rows.map((r) => String(r.id))));
    const byTable = new Map<string, Set<string>>();
    const all = new Set<string>();
    for (const section of sections)
      for (const row of section.rows)
        for (const [column, value] of Object.entries(row)) {
          if (column === 'id' || typeof value !== 'string' || !UUID.test(value) || ownIds.has(value)) continue;
          all.add(value);
          const table = column.endsWith('_id') ? column.slice(0, -3) : null;
          if (table && /^[a-z_]+$/.test(table)) byTable.set(table, (byTable.get(table) ?? new Set()).add(value));
        }
    if (!all.size) return names;
    const staff = await this.em.execute<{ id: string; display_name: string }[]>(
      `select cast(u.id as text) as id, u.display_name from ${staffMembers('u')} where cast(u.id as text) in (select jsonb_array_elements_text(cast(:ids as jsonb)))`,
      { ids: JSON.stringify([...all]) },
    );
    for (const s of staff) names.set(s.id, s.display_name);
    if (!byTable.size) return names;
    const columns = await this.em.execute<{ table_name: string; column_name: string }[]>(
      `select table_name, column_name from information_schema.columns
        where table_schema = current_schema() and column_name in ('name', 'title', 'label', 'first_name', 'last_name')
          and table_name in (select jsonb_array_elements_text(cast(:tables as jsonb)))`,
      { tables: JSON.stringify([...byTable.keys()]) },
    );
    for (const [table, ids] of byTable) {
      const has = new Set(columns.filter((c) => c.table_name === table).map((c) => c.column_name));
      const label = LABELS[table] ?? (has.has('name') ? 't.name' : has.has('title') ? 't.title' : has.has('first_name') && has.has('last_name') ? "t.first_name || ' ' || t.last_name" : has.has('label') ? 't.label' : null);
      if (!label) continue;
      const rows = await this.em.execute<{ id: string; label: string | null }[]>(
        `select cast(t.id as text) as id, ${label} as label from ${table} t where cast(t.id as text) in (select jsonb_array_elements_text(cast(:ids as jsonb)))`,
        { ids: JSON.stringify([...ids].filter((id) => !names.has(id))) },
      );
      for (const r of rows) if (r.label) names.set(r.id, r.label);
    }
    return names;
  }
}
