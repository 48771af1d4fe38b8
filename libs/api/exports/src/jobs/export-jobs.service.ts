import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { IsolationLevel, RequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, assertPeriod } from '@bridgeway/api-common';
import { forkForTenant, getActor, runAsActor, type Actor } from '@bridgeway/api-tenancy';
import { ConflictReason } from '@bridgeway/shared-domain';
import type { StartExportInput } from '../dto/start-export.input.js';
import { EXPORT_SOURCES, type ExportRequest, type ExportSource } from '../export-source.js';
import { renderCsv } from '../render/csv.js';
import { renderJson } from '../render/json.js';
import { renderPdf } from '../render/pdf.js';
import { renderXlsx } from '../render/xlsx.js';
import { fileSlug, type ReportDocument } from '../report-document.js';
import { EXPORT_FILE_TTL_MS, JOB_STORE, MAX_ACTIVE_EXPORTS_PER_USER, type ExportFile, type ExportFormat, type ExportJobRecord, type JobStore } from './job-store.js';

const FORMATS: Record<ExportFormat, { extension: string; contentType: string; render: (doc: ReportDocument) => Buffer | Promise<Buffer> }> = {
  CSV: { extension: 'csv', contentType: 'text/csv; charset=utf-8', render: renderCsv },
  XLSX: { extension: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: renderXlsx },
  PDF: { extension: 'pdf', contentType: 'application/pdf', render: renderPdf },
  JSON: { extension: 'json', contentType: 'application/json; charset=utf-8', render: renderJson },
};

/** The formats of a source that names none. */
const DEFAULT_FORMATS: readonly ExportFormat[] = ['CSV', 'XLSX', 'PDF'];

/** Progress milestones: the data (the source's 0..100 scaled into 5..60), then rendering. */
const PROGRESS = { started: 5, dataEnd: 60, rendering: 70, done: 100 } as const;

/**
 * Starts export jobs and runs them in the background of this API process. A job runs as the
 * user who started it: the same actor in a fresh request scope (runAsActor) and its own
 * transaction opened with the same tenant/user session settings the AccessGuard sets for a
 * request (forkForTenant → app.tenant_id/app.user_id after BEGIN, REPEATABLE READ like a
 * query), so row security, the consortium functions' membership checks and the audit rows
 * are exactly those of the request.
 */
@Injectable()
export class ExportJobsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Exports');
  /** Jobs of this process still running, so shutdown (and tests) can wait for them. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    @Inject(JOB_STORE) private readonly store: JobStore,
    @Inject(EXPORT_SOURCES) private readonly sources: ExportSource[],
  ) {}

  async start(input: StartExportInput): Promise<ExportJobRecord> {
    const actor = getActor();
    const source = this.sources.find((s) => s.kind === input.kind);
    if (!source) throw new ConflictError('This kind of export is not available yet', { reason: ConflictReason.EXPORT_NOT_AVAILABLE });
    if (!source.roles.includes(actor.role)) throw new ForbiddenError();
    if (!(source.formats ?? DEFAULT_FORMATS).includes(input.format)) throw new BadUserInputError({ format: `This export is available as ${(source.formats ?? DEFAULT_FORMATS).join(', ')}` });
    const targetId = input[source.targetField];
    if (!targetId) throw new BadUserInputError({ [source.targetField]: `Give the ${source.targetField} of what to export` });
    let period: { from: string; to: string };
    if (source.hasPeriod === false) {
      // No period of its own: the job's dates are the day of the export (file name, audit).
      const today = new Date().toISOString().slice(0, 10);
      period = { from: today, to: today };
    } else {
      if (!input.from) throw new BadUserInputError({ from: 'Give the first day of the period' });
      if (!input.to) throw new BadUserInputError({ to: 'Give the last day of the period' });
      period = { from: input.from, to: input.to };
      assertPeriod(period);
    }
    const request: ExportRequest = { targetId, ...period, language: input.language, subjectKind: input.subjectKind ?? null };
    // In the request: a target the caller may not see is refused now, not in a failed job.
    await source.authorize(request);
    const job: ExportJobRecord = {
      id: randomUUID(),
      tenantId: actor.tenantId,
      userId: actor.userId,
      kind: input.kind,
      format: input.format,
      status: 'QUEUED',
      progress: 0,
      fileName: `${fileSlug(input.kind)}-${period.from}-${period.to}.${FORMATS[input.format].extension}`,
      error: null,
      createdAt: new Date(),
      expiresAt: null,
      file: null,
    };
    if (!(await this.store.add(job, MAX_ACTIVE_EXPORTS_PER_USER))) {
      throw new ConflictError(`You already have ${MAX_ACTIVE_EXPORTS_PER_USER} exports queued or running; wait until one is done`, {
        reason: ConflictReason.EXPORT_LIMIT_REACHED,
        limit: MAX_ACTIVE_EXPORTS_PER_USER,
      });
    }
    const { role, organisationName } = actor;
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.run(job, { tenantId: actor.tenantId, userId: actor.userId, role, organisationName }, source, request))
      .finally(() => this.running.delete(run));
    this.running.add(run);
    return job;
  }

  /** The caller's own job; anyone else's (or an expired one) is NOT_FOUND. */
  async find(id: string): Promise<ExportJobRecord> {
    const { tenantId, userId } = getActor();
    const job = await this.store.get(id);
    if (!job || job.tenantId !== tenantId || job.userId !== userId) throw new NotFoundError('ExportJob', id);
    return job;
  }

  /** The file of the caller's own finished job; NOT_FOUND while there is none. */
  async file(id: string): Promise<ExportFile> {
    const job = await this.find(id);
    if (job.status !== 'DONE' || !job.file) throw new NotFoundError('Export file', id);
    return job.file;
  }

  /** Resolves once every job started so far has ended (shutdown, tests). */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  /** Lets running jobs finish (they are short) before the database closes under them. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private async run(job: ExportJobRecord, actor: Actor, source: ExportSource, request: ExportRequest): Promise<void> {
    try {
      await this.store.update(job.id, { status: 'RUNNING', progress: PROGRESS.started });
      const doc = await runAsActor(actor, () => this.buildInTransaction(job, actor, source, request));
      await this.store.update(job.id, { progress: PROGRESS.rendering });
      const format = FORMATS[job.format];
      const content = await format.render(doc);
      const fileName = `${doc.fileStem ?? `${fileSlug(doc.title)}-${fileSlug(doc.organisations[0] ?? '')}-${request.from}-${request.to}`}.${format.extension}`;
      await this.store.update(job.id, {
        status: 'DONE',
        progress: PROGRESS.done,
        fileName,
        file: { fileName, contentType: format.contentType, content },
        expiresAt: new Date(Date.now() + EXPORT_FILE_TTL_MS),
      });
    } catch (error) {
      // A refusal (the consortium is no longer visible, …) says why; anything else stays in the log.
      const message = error instanceof GraphQLError ? error.message : 'The export could not be made';
      if (!(error instanceof GraphQLError)) this.logger.error(`export ${job.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
      await this.store.update(job.id, { status: 'FAILED', error: message, expiresAt: new Date(Date.now() + EXPORT_FILE_TTL_MS) });
    }
  }

  /**
   * The source reads through the injected (global) EntityManager of its services: inside
   * `transactional` that resolves to this transaction, whose session carries the actor's
   * tenant and user. The export's own audit row is written in the same transaction, so it
   * exists exactly when the figures were read.
   */
  private buildInTransaction(job: ExportJobRecord, actor: Actor, source: ExportSource, request: ExportRequest): Promise<ReportDocument> {
    const em = forkForTenant(this.em, actor.tenantId, actor.userId);
    return RequestContext.create(em, () =>
      em.transactional(
        async () => {
          const doc = await source.build(request, (percent) =>
            this.store.update(job.id, { progress: Math.round(PROGRESS.started + ((PROGRESS.dataEnd - PROGRESS.started) * Math.min(100, Math.max(0, percent))) / 100) }),
          );
          const row = source.auditRow?.(request) ?? { action: 'READ' as const, entityType: source.auditEntityType };
          const period: Record<string, string> = source.hasPeriod === false ? {} : { from: request.from, to: request.to };
          await this.audit.record({
            action: row.action,
            entityType: row.entityType,
            entityId: request.targetId,
            residentId: row.residentId ?? null,
            details: { export: true, format: job.format, kind: job.kind, exportJobId: job.id, ...period, language: request.language },
          });
          return doc;
        },
        { isolationLevel: IsolationLevel.REPEATABLE_READ },
      ),
    );
  }
}
