import type { AuditAction, DataSubjectKind, Role } from '@bridgeway/shared-domain';
import type { ExportFormat, ExportKind } from './jobs/job-store.js';
import type { ExportLanguage, ReportDocument } from './report-document.js';

/** What an export is of: the target (a consortium or a plan), the period and the language. */
export interface ExportRequest {
  targetId: string;
  from: string;
  to: string;
  language: ExportLanguage;
  /** PERSONAL_DATA: whose data targetId is (a resident, a relative, a member). */
  subjectKind?: DataSubjectKind | null;
}

/** What the export's own audit row says, when it is not the default (`READ` of auditEntityType, details.export). */
export interface ExportAuditRow {
  action: AuditAction;
  entityType: string;
  residentId?: string | null;
}

/**
 * Builds the document of one kind of export. Registered per kind (EXPORT_SOURCES): a new kind
 * is one small class. `authorize` runs in the request that starts the job (so a target the
 * caller may not see is refused there, NOT_FOUND/FORBIDDEN); `build` runs in the job, in the
 * caller's tenancy and actor, and must read through the same service its GraphQL query uses so
 * visibility checks, suppression and the read audit are exactly the query's.
 */
export interface ExportSource {
  readonly kind: ExportKind;
  /** Roles that may export this kind: those of the underlying query. */
  readonly roles: readonly Role[];
  /** The name of the target argument in StartExportInput, for BAD_USER_INPUT when it is missing. */
  readonly targetField: 'consortiumId' | 'planId' | 'subjectId';
  /** The formats this kind offers; CSV, XLSX and PDF when absent. Another is BAD_USER_INPUT on `format`. */
  readonly formats?: readonly ExportFormat[];
  /** false: the kind has no period (from/to may be left out; the job's dates are the day of the export). */
  readonly hasPeriod?: boolean;
  /** The entity the export's audit row names (the query's entity type). */
  readonly auditEntityType: string;
  /** The export's audit row, when not `READ` of auditEntityType (e.g. EXPORT of the person). */
  auditRow?(request: ExportRequest): ExportAuditRow;
  /** Throws NOT_FOUND (or FORBIDDEN) when the caller may not see the target. */
  authorize(request: ExportRequest): Promise<void>;
  /** The document, reporting progress 0..100 of the data part. */
  build(request: ExportRequest, progress: (percent: number) => Promise<void>): Promise<ReportDocument>;
}

export const EXPORT_SOURCES = Symbol('ExportSources');
