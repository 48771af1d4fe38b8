import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '@bridgeway/api-common';
import { staffMembers } from '@bridgeway/api-organisations';
import {
  SubjectAccessService,
  actionWords,
  columnLabel,
  humanise,
  recordTypeWords,
  subjectAccessTextsOf,
  tableHeading,
  valueWords,
  type DataSubject,
  type PersonalDataSection,
  type SubjectAccessTexts,
} from '@bridgeway/api-privacy';
import { getActor } from '@bridgeway/api-tenancy';
import { DataSubjectKind, Role } from '@bridgeway/shared-domain';
import type { ExportAuditRow, ExportRequest, ExportSource } from '../export-source.js';
import { EXPORT_TEXTS, formatDay, formatNumber } from '../export-texts.js';
import { fileSlug, text, type ExportLanguage, type RecordBlock, type ReportDocument, type Section } from '../report-document.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A timestamp as JSON or as PostgreSQL writes it (`2026-03-03 09:58:21.4+00`). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
/** A PostgreSQL array literal the driver leaves as text (arrays of enum values: `{WORK,FAMILY}`). */
const PG_ARRAY = /^\{(.*)\}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]+$/;
/** Columns that say nothing to the person (the row's own id, its optimistic-lock version). */
const HIDDEN_COLUMNS = new Set(['id', 'tenant_id', 'version']);
/** The columns that date a record, in order of preference, for its heading. */
const DATE_COLUMNS = ['occurred_on', 'occurred_at', 'taken_on', 'admitted_on', 'handed_out_on', 'enrolled_on', 'decided_on', 'planned_on', 'started_on', 'changed_at', 'recorded_at', 'created_at'];

/** The audit library's table: its rows are the access log. */
const AUDIT_TABLE = 'audit_event';

const AUDIT_ENTITY: Record<DataSubjectKind, string> = { RESIDENT: 'Resident', RELATIVE: 'Relative', MEMBER: 'Member' };

/** A moment as the language writes it, on the organisation's clock (tenant.time_zone). */
function formatDateTime(value: Date, language: ExportLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(EXPORT_TEXTS[language].locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(value);
}

interface WordsContext {
  language: ExportLanguage;
  t: SubjectAccessTexts;
  names: Map<string, string>;
  timeZone: string;
}

/** A value of a row in words: dates as the language writes them, enum values and ids by name, yes/no, lists and objects spelled out. */
function words(value: unknown, column: string, ctx: WordsContext): string {
  const { language, t, names, timeZone } = ctx;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return column.endsWith('_on') || column === 'date_of_birth' || column.endsWith('_date') ? formatDay(value.toISOString().slice(0, 10), language) : formatDateTime(value, language, timeZone);
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'string') {
    if (DAY.test(value)) return formatDay(value, language);
    if (TIMESTAMP.test(value)) {
      const at = new Date(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
      if (!Number.isNaN(at.getTime())) return column.endsWith('_on') || column.endsWith('_date') ? formatDay(at.toISOString().slice(0, 10), language) : formatDateTime(at, language, timeZone);
    }
    const array = PG_ARRAY.exec(value);
    if (array) return words(array[1] ? array[1].split(',').map((v) => v.replace(/^"|"$/g, '')) : [], column, ctx);
    if (UUID.test(value)) return names.get(value) ?? value;
    if (ENUM_VALUE.test(value)) return valueWords(value, language) ?? humanise(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => words(v, column, ctx)).filter(Boolean).join(', ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => [key, words(v, key, ctx)] as const)
      .filter(([, v]) => v)
      .map(([key, v]) => `${columnLabel(key.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(), language)}: ${v}`)
      .join('; ');
  return String(value);
}

/**
 * PERSONAL_DATA (GDPR art. 15): everything the catalog holds of one resident, relative or member
 * (PersonalDataService.collect through SubjectAccessService), and their access log. MANAGER only.
 * JSON: the rows as stored, plus the access log; PDF: a title page, a section per table with the
 * rows as labelled fields in the chosen language, then the access log. The export's audit row is
 * EXPORT of the person (Resident/Relative/Member), with the format and the language.
 */
@Injectable()
export class PersonalDataSource implements ExportSource {
  readonly kind = 'PERSONAL_DATA' as const;
  readonly roles = [Role.MANAGER] as const;
  readonly targetField = 'subjectId' as const;
  readonly formats = ['PDF', 'JSON'] as const;
  readonly hasPeriod = false;
  readonly auditEntityType = 'Resident';

  constructor(
    private readonly em: EntityManager,
    private readonly subjects: SubjectAccessService,
  ) {}

  auditRow({ targetId, subjectKind }: ExportRequest): ExportAuditRow {
    const kind = subjectKind ?? DataSubjectKind.RESIDENT;
    return { action: 'EXPORT', entityType: AUDIT_ENTITY[kind], residentId: kind === DataSubjectKind.RESIDENT ? targetId : null };
  }

  /** BAD_USER_INPUT without a kind of person; NOT_FOUND for a person the caller's organisation does not have. */
  async authorize(request: ExportRequest): Promise<void> {
    await this.subjects.identify(this.subjectOf(request));
  }

  async build(request: ExportRequest, progress: (percent: number) => Promise<void>): Promise<ReportDocument> {
    const { language } = request;
    const t = subjectAccessTextsOf(language);
    const subject = this.subjectOf(request);
    const person = await this.subjects.identify(subject);
    const sections = await this.subjects.collect(subject);
    await progress(50);
    const [names, log, exporter] = [await this.subjects.namesOf(sections), await this.subjects.accessLog(subject, sections), await this.exporter()];
    await progress(90);
    const actor = getActor();
    const organisation = actor.organisationName ?? '';
    const exportedAt = new Date();
    const fullName = `${person.firstName} ${person.lastName}`;
    const timeZone = await this.timeZone();
    const ctx: WordsContext = { language, t, names, timeZone };
    // A row pointing at another of the person's rows (a goal's history, a session's changes, a
    // follow-up's planned contacts) names it: by its title, else by what it is and its date.
    for (const section of sections)
      for (const row of section.rows) {
        if (typeof row.id !== 'string' || names.has(row.id)) continue;
        const dateColumn = DATE_COLUMNS.find((c) => row[c] != null);
        const label = row.title ?? row.name ?? `${tableHeading(section.table, section.title, language)}${dateColumn ? ` – ${words(row[dateColumn], dateColumn, ctx)}` : ''}`;
        if (typeof label === 'string') names.set(row.id, label);
      }
    // The audit trail's rows print as the access log below (by name, in words), not as a table of ids.
    const withRows = sections.filter((s) => s.rows.length && s.table !== AUDIT_TABLE);

    const pdfSections: Section[] = withRows.map((section) => ({ title: tableHeading(section.table, section.title, language), tables: [], records: this.records(section, subject, ctx) }));
    pdfSections.push({
      title: t.accessLog,
      notes: [t.accessLogNote(timeZone), ...(log.truncated ? [t.accessLogTruncated(log.entries.length)] : [])],
      tables: [
        {
          title: `${t.accessLog}: ${fullName}`,
          columns: [{ label: t.when, width: 1.8 }, { label: t.staffMember, width: 1.4 }, { label: t.action, width: 1.2 }, { label: t.what, width: 1.2 }],
          rows: log.entries.map((e) => [
            text(formatDateTime(new Date(e.occurredAt), language, timeZone)),
            text(e.staffMember ?? t.unknownStaff),
            text(actionWords(e.action, language)),
            text(recordTypeWords(e.entityType, language)),
          ]),
        },
      ],
    });

    const held = withRows.map((s) => tableHeading(s.table, s.title, language));
    return {
      title: t.title,
      organisations: [organisation],
      period: { from: request.from, to: request.to },
      language,
      generatedAt: exportedAt.toISOString(),
      headerNote: fullName,
      fileStem: `personal-data-${fileSlug(`${person.lastName} ${person.firstName}`)}-${exportedAt.toISOString().slice(0, 10)}`,
      cover: {
        facts: [
          { label: t.whose, value: `${fullName} (${t.subjectKinds[subject.kind]})` },
          ...(person.dateOfBirth ? [{ label: t.dateOfBirth, value: formatDay(person.dateOfBirth.slice(0, 10), language) }] : []),
          { label: t.organisation, value: organisation },
          { label: t.exportedOn, value: `${formatDateTime(exportedAt, language, timeZone)} (${timeZone})` },
          { label: t.exportedBy, value: exporter ?? t.unknownStaff },
        ],
        paragraphs: [t.about, held.length > 1 ? t.holds([...held, t.accessLog]) : t.nothingHeld, t.accessLogAbout],
      },
      sections: pdfSections,
      data: {
        about: 'Personal data held in Bridgeway (GDPR art. 15 right of access), as stored, and the access log of the record',
        subject: { kind: subject.kind, id: subject.id, firstName: person.firstName, lastName: person.lastName },
        organisation,
        exportedAt: exportedAt.toISOString(),
        exportedBy: { id: actor.userId, name: exporter },
        language,
        sections: sections.map((s) => ({ table: s.table, title: s.title, rows: s.rows })),
        accessLog: log,
      },
    };
  }

  private subjectOf({ targetId, subjectKind }: ExportRequest): DataSubject {
    if (!subjectKind) throw new BadUserInputError({ subjectKind: 'Choose whose data to export: a resident, a relative or a member' });
    return { kind: subjectKind, id: targetId };
  }

  /** The organisation's time zone: times print on its clock. */
  private async timeZone(): Promise<string> {
    const [row] = await this.em.execute<{ time_zone: string }[]>('select time_zone from tenant where id = :id', { id: getActor().tenantId });
    const zone = row?.time_zone ?? 'UTC';
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone;
    } catch {
      return 'UTC';
    }
  }

  /** The name of the staff member exporting (the actor). */
  private async exporter(): Promise<string | null> {
    const [row] = await this.em.execute<{ display_name: string }[]>(`select u.display_name from ${staffMembers('u')} where u.id = :id`, { id: getActor().userId });
    return row?.display_name ?? null;
  }

  /** A table's rows as labelled fields, titled by the table and the row's date. */
  private records(section: PersonalDataSection, subject: DataSubject, ctx: WordsContext): RecordBlock[] {
    const heading = tableHeading(section.table, section.title, ctx.language);
    return section.rows.map((row, i) => {
      const dateColumn = DATE_COLUMNS.find((c) => row[c] != null);
      const title = section.rows.length === 1 ? '' : dateColumn ? `${heading} – ${words(row[dateColumn], dateColumn, ctx)}` : ctx.t.record(heading, i + 1);
      const fields = Object.entries(row)
        // The subject's own id (resident_id on their rows) is the person themselves: the title page names them.
        .filter(([column, value]) => !HIDDEN_COLUMNS.has(column) && value !== null && value !== undefined && value !== subject.id)
        .map(([column, value]) => ({ label: columnLabel(column, ctx.language), value: words(value, column, ctx) }))
        .filter((f) => f.value !== '');
      return { title, fields };
    });
  }
}
