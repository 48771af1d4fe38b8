import type { Redis } from 'ioredis';
import { EXPORT_FILE_TTL_MS, type ExportFile, type ExportJobRecord, type JobStore } from './job-store.js';

/** A job still queued or running after this long belongs to a process that died: it stops counting. */
const STALE_ACTIVE_MS = 60 * 60 * 1000;

/** The job as JSON: dates as ISO strings, the file's name and type only (its bytes have their own key). */
type StoredJob = Omit<ExportJobRecord, 'file' | 'createdAt' | 'expiresAt'> & { createdAt: string; expiresAt: string | null; fileMeta: Omit<ExportFile, 'content'> | null };

const jobKey = (id: string) => `export:job:${id}`;
const fileKey = (id: string) => `export:file:${id}`;
const activeKey = (job: Pick<ExportJobRecord, 'tenantId' | 'userId'>) => `export:active:${job.tenantId}:${job.userId}`;

// Atomically: forget stale active jobs, refuse at the limit, else store the job and count it.
// KEYS: active set, job key. ARGV: now, stale-before, limit, job id, job JSON, job TTL ms.
const ADD_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[6])
redis.call('SET', KEYS[2], ARGV[5], 'PX', ARGV[6])
return 1`;

/**
 * Export jobs in Redis, so any API instance can answer the poll and serve the file of a job another
 * instance runs. The job is JSON, its file a separate binary key; both expire EXPORT_FILE_TTL_MS
 * after the job ends. The per-user limit is a sorted set of active job ids, checked and added to in
 * one script. Only the instance running a job writes it.
 */
export class RedisJobStore implements JobStore {
  constructor(
    private readonly redis: Redis,
    private readonly now: () => number = Date.now,
  ) {}

  async add(job: ExportJobRecord, limit: number): Promise<boolean> {
    const now = this.now();
    const added = await this.redis.eval(ADD_SCRIPT, 2, activeKey(job), jobKey(job.id), now, now - STALE_ACTIVE_MS, limit, job.id, JSON.stringify(toStored(job)), STALE_ACTIVE_MS);
    return added === 1;
  }

  async get(id: string): Promise<ExportJobRecord | undefined> {
    const stored = await this.stored(id);
    if (!stored) return undefined;
    const content = stored.fileMeta ? await this.redis.getBuffer(fileKey(id)) : null;
    return fromStored(stored, content);
  }

  /** Progress updates come often: they rewrite the job's JSON and never read its file back. */
  async update(id: string, change: Partial<Omit<ExportJobRecord, 'id' | 'tenantId' | 'userId'>>): Promise<void> {
    const current = await this.stored(id);
    if (!current) return;
    const { file, createdAt, expiresAt, ...rest } = change;
    const next: StoredJob = {
      ...current,
      ...rest,
      ...(createdAt ? { createdAt: createdAt.toISOString() } : {}),
      ...(expiresAt !== undefined ? { expiresAt: expiresAt?.toISOString() ?? null } : {}),
      ...(file !== undefined ? { fileMeta: file && { fileName: file.fileName, contentType: file.contentType } } : {}),
    };
    const ended = next.status === 'DONE' || next.status === 'FAILED';
    const ttl = ended ? EXPORT_FILE_TTL_MS : STALE_ACTIVE_MS;
    const pipeline = this.redis.multi();
    if (file) pipeline.set(fileKey(id), file.content, 'PX', ttl);
    pipeline.set(jobKey(id), JSON.stringify(next), 'PX', ttl);
    if (ended) pipeline.zrem(activeKey(next), id);
    await pipeline.exec();
  }

  private async stored(id: string): Promise<StoredJob | undefined> {
    const raw = await this.redis.get(jobKey(id));
    return raw ? (JSON.parse(raw) as StoredJob) : undefined;
  }
}

function toStored(job: ExportJobRecord): StoredJob {
  const { file, createdAt, expiresAt, ...rest } = job;
  return { ...rest, createdAt: createdAt.toISOString(), expiresAt: expiresAt?.toISOString() ?? null, fileMeta: file && { fileName: file.fileName, contentType: file.contentType } };
}

function fromStored(stored: StoredJob, content: Buffer | null): ExportJobRecord {
  const { fileMeta, createdAt, expiresAt, ...job } = stored;
  return { ...job, createdAt: new Date(createdAt), expiresAt: expiresAt ? new Date(expiresAt) : null, file: fileMeta && content ? { ...fileMeta, content } : null };
}
