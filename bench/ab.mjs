// A/B of one change under the same machine load: the case file at 16 connections and for one
// client through two servers of the same build, in alternating slices. On the consortium data set
// (load it first with bench/consortium.mjs). Variants (B differs from A in one thing only):
//   begin:  A as the API runs; B with MikroORM's own begin (BEGIN and set_config in two round trips)
//   commit: A as the API runs; B with the READ audit insert in a round trip of its own before COMMIT
//   pool:   A with the API's pool of 10 connections (createOrmConfig's default); B with 16
//   semispace: A as the API runs; B with V8's young generation at 32 MiB per semi-space (fewer scavenges)
//   pipeline: A as the API runs (pipelined connections, a tick's statements in one write); B one statement per round trip
//   build: A as the API runs; B another commit's build: BENCH_AB_OTHER=<a checkout of it, built, with node_modules>
//          (e.g. `git worktree add ../ab-old <commit> && ln -s $PWD/node_modules ../ab-old/ && (cd ../ab-old && npx nx run api:build)`)
// Usage: BENCH_DATA_DIR=/tmp/bench-consortium-1 npx node bench/ab.mjs <begin|commit|pool|pipeline|semispace|build> [scale=1] [seconds=40]
// (bench/begin-ab.mjs [scale] [seconds] is `ab.mjs begin`)
import { loadavg } from 'node:os';
import pg from 'pg';
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from './consortium-data.mjs';
import { spawnBenchApi } from './support/api-process.mjs';
import { withConsortiumDatabase } from './support/consortium-database.mjs';
import { CASE_FILE } from './support/consortium-queries.mjs';
import { random, sideBySide } from './support/load.mjs';

const VARIANTS = {
  begin: { a: 'BEGIN; set_config in one round trip', b: 'MikroORM begin, two round trips', env: [{}, { BENCH_TWO_TRIP_BEGIN: '1' }] },
  commit: { a: 'audit insert with COMMIT, one round trip', b: 'audit insert, then COMMIT: two', env: [{}, { BENCH_SEPARATE_AUDIT_INSERT: '1' }] },
  pool: { a: 'pool of 10 connections', b: 'pool of 16 connections', env: [{ BENCH_POOL_MAX: '10' }, { BENCH_POOL_MAX: '16' }] },
  semispace: { a: "V8's default young generation", b: 'young generation of 2 × 32 MiB', env: [{}, { BENCH_NODE_FLAGS: '--max-semi-space-size=32' }] },
  pipeline: { a: 'pipelined, one write per tick', b: 'one statement per round trip', env: [{}, { BENCH_NO_PIPELINE: '1' }] },
  build: { a: 'this build', b: `the build in ${process.env.BENCH_AB_OTHER ?? '(set BENCH_AB_OTHER)'}`, env: [{}, { BENCH_CHILD_DIR: process.env.BENCH_AB_OTHER }] },
};
const NAME = process.env.BENCH_AB ?? process.argv[2];
const VARIANT = VARIANTS[NAME];
if (!VARIANT) throw new Error(`usage: bench/ab.mjs <${Object.keys(VARIANTS).join('|')}> [scale] [seconds]`);
if (NAME === 'build' && !process.env.BENCH_AB_OTHER) throw new Error('bench/ab.mjs build needs BENCH_AB_OTHER=<a built checkout of the other commit>');
const args = process.env.BENCH_AB ? process.argv.slice(2) : process.argv.slice(3);
const SCALE = Number(args[0] ?? 1);
const SECONDS = Number(args[1] ?? 40);
const load = [loadavg()[0]];

await withConsortiumDatabase({ scale: SCALE, seed: 1 }, async (target, dataSet) => {
  const owner = new pg.Client({ connectionString: target.adminUrl });
  await owner.connect();
  const ids = (await owner.query('select id from resident where tenant_id = $1 order by id', [dataSet.largestTenantId])).rows.map((r) => r.id);
  await owner.end();
  const env = { LOGIN_THROTTLE_LIMIT: '1000', ACCESS_TOKEN_TTL_SECONDS: '86400' };
  const servers = [];
  for (const processEnv of VARIANT.env) {
    // The child process inherits process.env when it is forked (bench/support/api-child.mjs reads these).
    Object.assign(process.env, processEnv);
    servers.push(await spawnBenchApi(target, env));
    for (const name of Object.keys(processEnv)) delete process.env[name];
  }
  const gql = async (api, query, variables, token) => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const caseFile = await Promise.all(servers.map(async (api) => {
    const { login } = await gql(api, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: BENCH_ACCOUNTS.counsellor, password: BENCH_PASSWORD } });
    const next = random(1);
    return () => gql(api, CASE_FILE, { id: ids[Math.floor(next() * ids.length)] }, login.accessToken);
  }));
  await sideBySide(6, 16, ...caseFile, 2); // warm-up
  // Round trips (writes to PostgreSQL's socket) per case file on each server: shows which variant each runs.
  const roundTrips = [];
  for (const [i, api] of servers.entries()) {
    await api.call('count-start');
    await caseFile[i]();
    roundTrips.push(await api.call('writes'));
    await api.call('count-stop');
  }
  const cpu = async () => Promise.all(servers.map(async (api) => { const { cpu: c } = await api.call('memory'); return (c.user + c.system) / 1000; }));
  const before = await cpu();
  const [a, b] = await sideBySide(SECONDS, 16, ...caseFile, 8);
  const after = await cpu();
  const [a1, b1] = await sideBySide(Math.min(20, SECONDS / 2), 1, ...caseFile, 10);
  load.push(loadavg()[0]);
  for (const api of servers) await api.close();
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(`\n${NAME}: machine load average (1 min) at start / end: ${load.map((l) => l.toFixed(1)).join(' / ')}\n`);
  console.log(`| case file (largest tenant) | A: ${VARIANT.a} | B: ${VARIANT.b} | A ÷ B |`);
  console.log('|---|---|---|---|');
  console.log(`| 16 connections, ${SECONDS} s: p50 / p95 | ${ms(a.p50)} / ${ms(a.p95)} | ${ms(b.p50)} / ${ms(b.p95)} | p95 ×${(a.p95 / b.p95).toFixed(2)} |`);
  console.log(`| throughput | ${a.perSecond.toFixed(0)} req/s | ${b.perSecond.toFixed(0)} req/s | ×${(a.perSecond / b.perSecond).toFixed(2)} |`);
  console.log(`| API CPU per case file under load | ${ms((after[0] - before[0]) / a.count)} | ${ms((after[1] - before[1]) / b.count)} | |`);
  console.log(`| round trips per case file | ${roundTrips[0]} | ${roundTrips[1]} | |`);
  console.log(`| one client: median | ${ms(a1.p50)} | ${ms(b1.p50)} | ×${(a1.p50 / b1.p50).toFixed(2)} |`);
});
