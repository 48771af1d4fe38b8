import type { OnModuleDestroy } from '@nestjs/common';

/** PERSONAL_DATA: a person's data and access log (GDPR art. 15), JSON or PDF only. */
export const EXPORT_KINDS = ['CONSORTIUM_OVERVIEW', 'PROGRESS_REPORT', 'PERSONAL_DATA'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
/** JSON: only for the kinds whose source offers it (PERSONAL_DATA). */
export const EXPORT_FORMATS = ['CSV', 'XLSX', 'PDF', 'JSON'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** How long a finished job (and its file) is kept. */
export const EXPORT_FILE_TTL_MS = 15 * 60 * 1000;
/** Jobs a user may have queued or running at once; more are refused (CONFLICT EXPORT_LIMIT_REACHED). */
export const MAX_ACTIVE_EXPORTS_PER_USER = 3;

export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface ExportJobRecord {
  id: string;
  /** Only this user of this tenant sees the job and fetches its file. */
  tenantId: string;
  userId: string;
  kind: ExportKind;
  format: ExportFormat;
  status: ExportStatus;
  progress: number;
  fileName: string;
  /** What went wrong, in words the user may read (never a stack or SQL). */
  error: string | null;
  createdAt: Date;
  /** Set when the job ends: the job and its file are dropped at this time. */
  expiresAt: Date | null;
  file: ExportFile | null;
}

/**
 * Where export jobs live between the request that starts one, the job and the requests that poll
 * and download it: InMemoryJobStore (one process, the default) or RedisJobStore (REDIS_URL: any
 * instance answers for any job).
 */
export interface JobStore {
  /** Adds the job unless the user already has `limit` jobs queued or running; false when refused. */
  add(job: ExportJobRecord, limit: number): Promise<boolean>;
  get(id: string): Promise<ExportJobRecord | undefined>;
  update(id: string, change: Partial<Omit<ExportJobRecord, 'id' | 'tenantId' | 'userId'>>): Promise<void>;
}

export const JOB_STORE = Symbol('JobStore');

/** Jobs in a Map; an ended job is dropped at its expiry (checked on access and by a sweep). Provided by a factory (its clock is a test's to set). */
export class InMemoryJobStore implements JobStore, OnModuleDestroy {
  private readonly jobs = new Map<string, ExportJobRecord>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    // unref: a pending sweep never keeps the process (or a test run) alive.
    this.sweeper = setInterval(() => this.sweep(), 60_000).unref();
  }

  async add(job: ExportJobRecord, limit: number): Promise<boolean> {
    this.sweep();
    const active = [...this.jobs.values()].filter((j) => j.tenantId === job.tenantId && j.userId === job.userId && (j.status === 'QUEUED' || j.status === 'RUNNING'));
    if (active.length >= limit) return false;
    this.jobs.set(job.id, { ...job });
    return true;
  }

  async get(id: string): Promise<ExportJobRecord | undefined> {
    const job = this.jobs.get(id);
    if (job && this.expired(job)) {
      this.jobs.delete(id);
      return undefined;
    }
    return job && { ...job };
  }

  async update(id: string, change: Partial<ExportJobRecord>): Promise<void> {
    const job = this.jobs.get(id);
    if (job) Object.assign(job, change);
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  private expired(job: ExportJobRecord): boolean {
    return job.expiresAt !== null && job.expiresAt.getTime() <= this.now();
  }

  private sweep(): void {
    for (const [id, job] of this.jobs) if (this.expired(job)) this.jobs.delete(id);
  }
}
