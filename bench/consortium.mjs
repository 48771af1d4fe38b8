// Benchmark of issue 8: the built API against raw SQL on the 100-tenant consortium data set, in
// one run. Starts an embedded PostgreSQL, migrates, loads the data set (bench/consortium-data.mjs;
// with BENCH_DATA_DIR=<folder> it is kept and reused), serves the built API in a child process
// and prints, for the largest tenant: the case file at 16 connections and for one client (API and
// raw SQL as the application role, RLS on), residents(first: 50), the manager figures for a year,
// statements per request and the server's memory before and after the load. API and raw SQL
// are measured in alternating slices, so that both see the same machine.
// Usage: npx node bench/consortium.mjs [scale=1] [seconds=20]   (after `npx nx run api:build`;
// BENCH_SEED=<n> for another data set, BENCH_STATEMENTS=1 to print the counted statements
// (BENCH_STATEMENTS_FILE=<file> appends them in full, one JSON array per counted request),
// BENCH_RAW_ONE_TRIP=1 for a raw side that sends BEGIN and set_config in one round trip,
// BENCH_API_PROCESSES=2 to serve the API as two processes)
import { appendFileSync } from 'node:fs';
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
const RAW_ONE_TRIP = Boolean(process.env.BENCH_RAW_ONE_TRIP);
const API_PROCESSES = Number(process.env.BENCH_API_PROCESSES ?? 1);
const YEAR = { from: '2025-12-01', to: '2026-11-30' };
const MONTH = { monthStart: '2026-11-01', today: '2026-11-30' };

await withConsortiumDatabase({ scale: SCALE, seed: SEED }, async (target, dataSet) => {
  const tenantId = dataSet.largestTenantId;
  const owner = new pg.Client({ connectionString: target.adminUrl });
  await owner.connect();
  const residentIds = (await owner.query('select id from resident where tenant_id = $1 order by id', [tenantId])).rows.map((r) => r.id);
  const [{ id: counsellorId }] = (await owner.query('select id from user_account where email = $1', [BENCH_ACCOUNTS.counsellor])).rows;
  const [{ sessions }] = (await owner.query('select count(*)::int as sessions from counselling_session where tenant_id = $1', [tenantId])).rows;
  // Issue 13: a manager must sign in with a second factor unless the organisation's policy says
  // otherwise; the bench signs in with the password, as the demo organisations do.
  if ((await owner.query(`select to_regclass('organisation_mfa_policy') as t`)).rows[0].t) {
    await owner.query(
      `insert into organisation_mfa_policy (tenant_id, id, policy, updated_at) values ($1, gen_random_uuid(), 'NOT_ENFORCED', now())
       on conflict (tenant_id) do update set policy = 'NOT_ENFORCED'`,
      [tenantId],
    );
  }
  await owner.end();

  // BENCH_API_PROCESSES=2: the API as two processes (one per core), the load spread over both.
  const apis = [];
  for (let i = 0; i < API_PROCESSES; i++) apis.push(await spawnBenchApi(target, { LOGIN_THROTTLE_LIMIT: '1000', ACCESS_TOKEN_TTL_SECONDS: '86400' }));
  const [api] = apis; // one-client figures, statements and memory: the first process
  const gql = async (query, variables, token, server = api) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = async (email, server = api) => (await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password: BENCH_PASSWORD } }, undefined, server)).login.accessToken;
  const counsellors = await Promise.all(apis.map((server) => login(BENCH_ACCOUNTS.counsellor, server)));
  const [counsellor] = counsellors;
  const manager = await login(BENCH_ACCOUNTS.manager);

  const pool = new pg.Pool({ connectionString: target.appUrl, max: CONNECTIONS });
  // BENCH_RAW_ONE_TRIP=1: the raw side also sends BEGIN and set_config as one query, as the API does
  // since SessionContextConnection (3 round trips instead of 4); the documented baseline is 4.
  const rawBegin = (client) => RAW_ONE_TRIP
    ? client.query(`begin; select set_config('app.tenant_id', ${client.escapeLiteral(tenantId)}, true), set_config('app.user_id', ${client.escapeLiteral(counsellorId)}, true)`)
    : client.query('begin').then(() => client.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [tenantId, counsellorId]));
  const raw = async (id) => {
    const client = await pool.connect();
    try {
      await rawBegin(client);
      const { rows } = await client.query(RAW_CASE_FILE, [id, counsellorId]);
      await client.query('commit');
      return rows[0].case_file;
    } finally {
      client.release();
    }
  };
  const next = random(SEED);
  const pick = () => residentIds[Math.floor(next() * residentIds.length)];
  const apiCaseFile = (worker = 0) => gql(CASE_FILE, { id: pick() }, counsellors[worker % apis.length], apis[worker % apis.length]);
  const rawCaseFile = () => raw(pick());

  const sample = residentIds[0];
  const same = sameCaseFile((await gql(CASE_FILE, { id: sample }, counsellor)).resident, await raw(sample));

  const count = async (fn) => {
    await api.call('count-start');
    await fn();
    const writes = await api.call('writes');
    const statements = await api.call('count-stop');
    if (process.env.BENCH_STATEMENTS) console.log(statements.map((s) => `  ${s.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n'));
    if (process.env.BENCH_STATEMENTS_FILE) appendFileSync(process.env.BENCH_STATEMENTS_FILE, JSON.stringify(statements) + '\n');
    // BEGIN and set_config go as one query, and the READ audit insert goes with the COMMIT (`insert …; commit`)
    // (libs/api/database SessionContextConnection): split them into statements. Round trips are the writes to
    // PostgreSQL's socket: pipelined statements of one tick share one (libs/api/database pipelined-client.ts).
    const parts = statements.flatMap((s) => s.trim().split(/;\s*(?=select set_config|commit$)/i));
    const isControl = (s) => /^\s*(begin|start transaction|commit|rollback|savepoint|release)\b|^\s*select set_config/i.test(s);
    return { data: parts.filter((s) => !isControl(s)).length, control: parts.filter(isControl).length, roundTrips: writes };
  };
  const memory = async () => {
    const all = await Promise.all(apis.map(async (server) => (await server.call('gc'), server.call('memory'))));
    const cpu = { user: all.reduce((sum, m) => sum + m.cpu.user, 0), system: all.reduce((sum, m) => sum + m.cpu.system, 0) };
    return { ...all[0], cpu }; // RSS and heap of the first process; CPU of all
  };

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
  for (const server of apis) await server.close();

  printReport({
    scale: SCALE, seed: SEED, seconds: SECONDS, connections: CONNECTIONS, dataSet, largest: { residents: residentIds.length, sessions },
    same, apiProcesses: API_PROCESSES, rawRoundTrips: RAW_ONE_TRIP ? 3 : 4, apiLoad, rawLoad, apiOne, rawOne, residents, managerFigures, statements, before, after, year: YEAR, load: [LOAD_AT_START, loadAfter],
  });
});

/** Whether the API and the raw SQL returned the same case file (the fields both compute). */
function sameCaseFile(api, raw) {
  const pick = (c) => JSON.stringify([c.id, c.keyWorker?.id, c.counsellingMinutes, c.currentStay?.id, c.currentStay?.residence.occupancy,
    c.goals.map((g) => g.id), c.counsellingSessions.map((s) => [s.id, s.notesVisible, s.notes])]);
  return pick(api) === pick(raw);
}
