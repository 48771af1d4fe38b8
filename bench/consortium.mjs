// Benchmark of issue 8: the built API against raw SQL on the 100-tenant consortium data set, in
// one run. Starts an embedded PostgreSQL, migrates, loads the data set (bench/consortium-data.mjs;
// with BENCH_DATA_DIR=<folder> it is kept and reused), serves the built API in a child process
// and prints, for the largest tenant: the case file at 16 connections and for one client (API and
// raw SQL as the application role, RLS on), residents(first: 50), the manager figures for a year,
// statements per request and the server's memory before and after the load. API and raw SQL
// are measured in alternating slices, so that both see the same machine.
// Usage: npx node bench/consortium.mjs [scale=1] [seconds=20]   (after `npx nx run api:build`;
// BENCH_SEED=<n> for another data set, BENCH_STATEMENTS=1 to print the counted statements)
import { loadavg } from 'node:os';
import pg from 'pg';
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from './consortium-data.mjs';
import { spawnBenchApi } from './support/api-process.mjs';
import { withConsortiumDatabase } from './support/consortium-database.mjs';
import { CASE_FILE, MANAGER_FIGURES, RAW_CASE_FILE, RESIDENTS } from './support/consortium-queries.mjs';
import { random, runFor, sideBySide, timeSequential } from './support/load.mjs';
import { printReport } from './support/consortium-report.mjs';

const LOAD_AT_START = loadavg()[0]; // others' work on the machine, before ours adds to it
const SCALE = Number(process.argv[2] ?? 1);
const SECONDS = Number(process.argv[3] ?? 20);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const CONNECTIONS = 16;
const YEAR = { from: '2025-12-01', to: '2026-11-30' };
const MONTH = { monthStart: '2026-11-01', today: '2026-11-30' };

await withConsortiumDatabase({ scale: SCALE, seed: SEED }, async (target, dataSet) => {
  const tenantId = dataSet.largestTenantId;
  const owner = new pg.Client({ connectionString: target.adminUrl });
  await owner.connect();
  const residentIds = (await owner.query('select id from resident where tenant_id = $1 order by id', [tenantId])).rows.map((r) => r.id);
  const [{ id: counsellorId }] = (await owner.query('select id from user_account where email = $1', [BENCH_ACCOUNTS.counsellor])).rows;
  const [{ sessions }] = (await owner.query('select count(*)::int as sessions from counselling_session where tenant_id = $1', [tenantId])).rows;
  await owner.end();

  const api = await spawnBenchApi(target, { LOGIN_THROTTLE_LIMIT: '1000', ACCESS_TOKEN_TTL_SECONDS: '86400' });
  const gql = async (query, variables, token) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = async (email) => (await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password: BENCH_PASSWORD } })).login.accessToken;
  const counsellor = await login(BENCH_ACCOUNTS.counsellor);
  const manager = await login(BENCH_ACCOUNTS.manager);

  const pool = new pg.Pool({ connectionString: target.appUrl, max: CONNECTIONS });
  const raw = async (id) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [tenantId, counsellorId]);
      const { rows } = await client.query(RAW_CASE_FILE, [id, counsellorId]);
      await client.query('commit');
      return rows[0].case_file;
    } finally {
      client.release();
    }
  };
  const next = random(SEED);
  const pick = () => residentIds[Math.floor(next() * residentIds.length)];
  const apiCaseFile = () => gql(CASE_FILE, { id: pick() }, counsellor);
  const rawCaseFile = () => raw(pick());

  const sample = residentIds[0];
  const same = sameCaseFile((await gql(CASE_FILE, { id: sample }, counsellor)).resident, await raw(sample));

  const count = async (fn) => {
    await api.call('count-start');
    await fn();
    const statements = await api.call('count-stop');
    if (process.env.BENCH_STATEMENTS) console.log(statements.map((s) => `  ${s.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n'));
    const control = statements.filter((s) => /^\s*(begin|start transaction|commit|rollback|savepoint|release)\b|set_config/i.test(s)).length;
    return { data: statements.length - control, control };
  };
  const memory = async () => (await api.call('gc'), api.call('memory'));

  await runFor(3, CONNECTIONS, apiCaseFile); // warm-up: JIT, pools, caches
  await runFor(3, CONNECTIONS, rawCaseFile);
  const before = await memory();
  const [apiLoad, rawLoad] = await sideBySide(SECONDS, CONNECTIONS, apiCaseFile, rawCaseFile);
  const after = await memory();
  const [apiOne, rawOne] = await sideBySide(Math.min(10, SECONDS / 2), 1, apiCaseFile, rawCaseFile, 10);
  const residents = await timeSequential(30, () => gql(RESIDENTS, { first: 50, ...MONTH }, counsellor));
  const managerFigures = {};
  for (const [name, query] of Object.entries(MANAGER_FIGURES)) managerFigures[name] = await timeSequential(20, () => gql(query, YEAR, manager));
  const statements = {
    caseFile: await count(() => gql(CASE_FILE, { id: pick() }, counsellor)),
    residents: await count(() => gql(RESIDENTS, { first: 50, ...MONTH }, counsellor)),
  };
  const loadAfter = loadavg()[0];
  await pool.end();
  await api.close();

  printReport({
    scale: SCALE, seed: SEED, seconds: SECONDS, connections: CONNECTIONS, dataSet, largest: { residents: residentIds.length, sessions },
    same, apiLoad, rawLoad, apiOne, rawOne, residents, managerFigures, statements, before, after, year: YEAR, load: [LOAD_AT_START, loadAfter],
  });
});

/** Whether the API and the raw SQL returned the same case file (the fields both compute). */
function sameCaseFile(api, raw) {
  const pick = (c) => JSON.stringify([c.id, c.keyWorker?.id, c.counsellingMinutes, c.currentStay?.id, c.currentStay?.residence.occupancy,
    c.goals.map((g) => g.id), c.counsellingSessions.map((s) => [s.id, s.notesVisible, s.notes])]);
  return pick(api) === pick(raw);
}
