import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { ExportJobsService, RedisJobStore, type ExportJobRecord } from '@bridgeway/api-exports';
import { graphql, ok, refused, startApi, type TestApi } from '../support/api.js';
import { fetchExportFile, parseCsv } from '../case-file/exports/export-files.js';
import { TEST_REDIS_URL, redisUp } from '../support/redis.js';

/**
 * With REDIS_URL, what one API instance keeps for a user is there for every instance: an export
 * started on one is polled and downloaded from the other. Without Redis each process keeps its own.
 * Redis is on 6379 here and in CI; the test says so when it skips for lack of one.
 */
const REDIS_URL = TEST_REDIS_URL;
// This run's own keys: other suites (and runs) share the Redis.
const PREFIX = `bridgeway-test-${randomUUID().slice(0, 8)}:`;
const PLANS = graphql(`query SharedStatePlans { strategicPlans { id name periodStart periodEnd } }`);
const START = graphql(`mutation SharedStateStartExport($input: StartExportInput!) { startExport(input: $input) { id status } }`);
const JOB = graphql(`query SharedStateExportJob($id: ID!) { exportJob(id: $id) { id status error fileName } }`);


describe('state shared by API instances through Redis', () => {
  let available = false;
  let redis: Redis;

  beforeAll(async () => {
    available = await redisUp();
    if (!available) console.log(`shared-state tests skipped: no Redis at ${REDIS_URL}`);
    else redis = new Redis(REDIS_URL, { keyPrefix: PREFIX });
  });
  afterAll(async () => {
    await redis?.quit();
  });

  const job = (userId: string, status: ExportJobRecord['status'] = 'QUEUED'): ExportJobRecord => ({
    id: randomUUID(),
    tenantId: 'tenant-test',
    userId,
    kind: 'PROGRESS_REPORT',
    format: 'CSV',
    status,
    progress: 0,
    fileName: 'x.csv',
    error: null,
    createdAt: new Date(),
    expiresAt: null,
    file: null,
  });

  it('keeps the per-user limit of active exports atomically, frees a slot when a job ends, and keeps the file', async () => {
    if (!available) return;
    const store = new RedisJobStore(redis);
    const user = randomUUID();
    const jobs = [job(user), job(user), job(user), job(user), job(user)];
    // Five at once from "several instances": exactly three get in.
    const added = await Promise.all(jobs.map((j) => store.add(j, 3)));
    expect(added.filter(Boolean)).toHaveLength(3);
    const first = jobs[added.indexOf(true)]!;
    await store.update(first.id, { status: 'DONE', progress: 100, expiresAt: new Date(Date.now() + 60_000), file: { fileName: 'a.csv', contentType: 'text/csv', content: Buffer.from('a,b\r\n1,2\r\n') } });
    expect(await store.add(job(user), 3)).toBe(true);
    const stored = await store.get(first.id);
    expect(stored).toMatchObject({ id: first.id, status: 'DONE', progress: 100, file: { fileName: 'a.csv', contentType: 'text/csv' } });
    expect(stored?.file?.content.toString()).toBe('a,b\r\n1,2\r\n');
    expect(stored?.createdAt).toBeInstanceOf(Date);
    expect(await redis.pttl(`export:job:${first.id}`)).toBeGreaterThan(0); // an ended job expires
  });

  describe('two API instances', () => {
    let a: TestApi;
    let b: TestApi;
    let token: string;
    let plan: { id: string; periodStart: string; periodEnd: string };

    beforeAll(async () => {
      if (!available) return;
      // Same signing key on both, as in a deployment; each its own process state otherwise.
      const env = { LOGIN_THROTTLE_LIMIT: '1000', JWT_SECRET: `shared-${randomUUID()}-secret-for-both-instances`, REDIS_URL, REDIS_KEY_PREFIX: PREFIX };
      [a, b] = await Promise.all([startApi(env), startApi(env)]);
      token = (await a.login('manager@a-larm.demo', 'bridgeway-demo')).token;
      const found = ok(await a.gql(PLANS, {}, { token })).strategicPlans.find((p) => /^Fra isolasjon/.test(p.name));
      if (!found) throw new Error('no demo plan');
      plan = found;
    });
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close()]);
    });

    it('lets the other instance answer for an export and serve its file', async () => {
      if (!available) return;
      const input = { kind: 'PROGRESS_REPORT' as const, format: 'CSV' as const, planId: plan.id, from: plan.periodStart, to: plan.periodEnd, language: 'en' as const };
      const started = ok(await a.gql(START, { input }, { token })).startExport;
      await a.app.get(ExportJobsService).settled(); // the job runs in instance A
      const seenByB = ok(await b.gql(JOB, { id: started.id }, { token })).exportJob;
      expect(seenByB).toMatchObject({ id: started.id, status: 'DONE', error: null });
      const file = await fetchExportFile(b, started.id, token);
      expect(file.status).toBe(200);
      const rows = parseCsv((await file.text()).slice(1));
      expect(rows.some((r) => r[0] === 'Indicator')).toBe(true);
      // Still only its owner's: a manager of another organisation gets NOT_FOUND from the other instance too.
      const other = (await b.login('manager@rot.demo', 'bridgeway-demo')).token;
      refused(await b.gql(JOB, { id: started.id }, { token: other }), 'NOT_FOUND');
    });
  });
});
