import { EXPORT_FILE_TTL_MS, InMemoryJobStore, type ExportJobRecord } from '../src/jobs/job-store.js';

const job = (id: string, userId = 'u1', tenantId = 't1'): ExportJobRecord => ({
  id,
  tenantId,
  userId,
  kind: 'CONSORTIUM_OVERVIEW',
  format: 'PDF',
  status: 'QUEUED',
  progress: 0,
  fileName: `${id}.pdf`,
  error: null,
  createdAt: new Date(0),
  expiresAt: null,
  file: null,
});

describe('InMemoryJobStore', () => {
  let now = 0;
  let store: InMemoryJobStore;
  beforeEach(() => {
    now = 1_000_000;
    store = new InMemoryJobStore(() => now);
  });
  afterEach(() => store.onModuleDestroy());

  it("refuses a user's job beyond the limit of queued or running ones, counting per user and tenant", async () => {
    expect(await store.add(job('a'), 2)).toBe(true);
    expect(await store.add(job('b'), 2)).toBe(true);
    expect(await store.add(job('c'), 2)).toBe(false);
    expect(await store.add(job('d', 'u2'), 2)).toBe(true);
    expect(await store.add(job('e', 'u1', 't2'), 2)).toBe(true);
    await store.update('a', { status: 'DONE', expiresAt: new Date(now + EXPORT_FILE_TTL_MS) });
    expect(await store.add(job('c'), 2)).toBe(true);
    expect(await store.get('c')).toMatchObject({ id: 'c', status: 'QUEUED' });
  });

  it('keeps an ended job (and its file) until its expiry, then forgets it', async () => {
    await store.add(job('a'), 3);
    await store.update('a', { status: 'DONE', progress: 100, expiresAt: new Date(now + EXPORT_FILE_TTL_MS), file: { fileName: 'a.pdf', contentType: 'application/pdf', content: Buffer.from('x') } });
    now += EXPORT_FILE_TTL_MS - 1;
    expect(await store.get('a')).toMatchObject({ status: 'DONE', file: { fileName: 'a.pdf' } });
    now += 1;
    expect(await store.get('a')).toBeUndefined();
  });
});
