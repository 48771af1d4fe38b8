import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { DataSubjectKind } from '@bridgeway/shared-domain';

/**
 * Where personal data lives (GDPR art. 30 map, art. 15 export, art. 17 erasure). Each library
 * declares the tables it owns that hold a person's data (ApiLibrary.personalData); the registry
 * collects them into PERSONAL_DATA_CATALOG; the privacy library exports and anonymises through
 * these declarations only, and test/privacy/personal-data-catalog.test.ts fails when a table
 * with a person column has no declaration. docs/privacy.md is written from the same list.
 */

/** What kind of personal data a column holds (the categories of docs/privacy.md). */
export type PersonalDataCategory =
  | 'IDENTITY' // names, birth date
  | 'CONTACT' // phone, e-mail
  | 'HEALTH' // recovery, assessments, sobriety: art. 9 data
  | 'FREE_TEXT' // notes and reasons written by staff: may hold anything
  | 'SOCIAL' // relationships, participation, support received
  | 'CONSENT';

/** How erasure (anonymisation) treats one column of the subject's rows. */
export type ErasureRule =
  /** A nullable column: set to NULL. */
  | { kind: 'NULL' }
  /** A text column that must keep a value (NOT NULL, or required by a check): a value is replaced by a fixed marker that identifies no one; a null stays null. */
  | { kind: 'REPLACE'; value: string }
  /** A jsonb column: these keys' values are set to null (e.g. notes inside a revision's snapshot). */
  | { kind: 'JSON_KEYS'; keys: readonly string[] }
  /** Kept: not identifying once the rest is gone, and needed for the figures (hours, counts). */
  | { kind: 'KEEP'; why: string };

export interface PersonalDataColumn {
  category: PersonalDataCategory;
  erase: ErasureRule;
}

export interface PersonalDataTable {
  /** A table the declaring library owns. */
  table: string;
  /** What its rows are, in English (the export's section heading; the PDF translates by table). */
  title: string;
  /**
   * Per kind of data subject, an SQL condition on alias `t` that selects the subject's rows,
   * with the named parameter `:subjectId` (e.g. `t.resident_id = :subjectId`). The tenant is
   * RLS's: these run in the caller's transaction. A kind without a condition has no rows here.
   */
  rowsOf: Partial<Record<DataSubjectKind, string>>;
  /** Every column of the table that holds personal data, and what erasure does with it. */
  columns: Readonly<Record<string, PersonalDataColumn>>;
  /**
   * An SQL expression on alias `t` giving when the row shows the subject active with the
   * organisation (a date or timestamp, e.g. `t.occurred_on`), for retention: a person whose
   * latest activity over every table is older than the retention period is listed for review.
   * Absent when the table records no activity of its own.
   */
  activityAt?: string;
  /** Text columns that hold no personal data (codes, enum-like labels), so the catalog test knows they were looked at. */
  notPersonal?: readonly string[];
  /**
   * ANONYMISE: rows stay (figures stay true), the columns above are erased.
   * DELETE: rows are deleted (links that carry no figure, e.g. a resident–relative link).
   */
  onErasure: 'ANONYMISE' | 'DELETE';
}

/** The collected declarations of every library (built by the registry). */
export const PERSONAL_DATA_CATALOG = Symbol('PersonalDataCatalog');

/** Provides PERSONAL_DATA_CATALOG to the whole app (imported once by the app module). */
@Global()
@Module({})
export class PersonalDataCatalogModule {
  static forRoot(catalog: readonly PersonalDataTable[]): DynamicModule {
    return { module: PersonalDataCatalogModule, providers: [{ provide: PERSONAL_DATA_CATALOG, useValue: catalog }], exports: [PERSONAL_DATA_CATALOG] };
  }
}
