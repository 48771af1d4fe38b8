// Benchmark: the three manager figures (counselling totals, occupancy over time, goals by domain)
// for a year of a large tenant, through the real API and as the raw statements the services run.
// Starts a throw-away embedded PostgreSQL with the demo data, adds to one tenant (set-based SQL,
// as the owner) 3,000 residents, 40 residences / 600 beds, 15,300 stays, N counselling sessions
// and 15,000 goals with their history, then prints medians.
// Usage: npx node bench/manager-figures.mjs [N=200000] [runs=30]   (after `npx nx run api:build`)
import pg from 'pg';
import { EntityManager } from '@mikro-orm/postgresql';
import { demoLogin, startBenchApi, withDemoDatabase } from './support/demo-server.mjs';
import { timeSequential } from './support/load.mjs';

const N = Number(process.argv[2] ?? 200_000);
const RUNS = Number(process.argv[3] ?? 30);
const TENANT = '0a000000-0000-4000-8000-00000000000a'; // Skupnost MOST A (demo)
const FROM = '2025-01-01';
const TO = '2025-12-31';

/** The large tenant's extra rows; deterministic (derived from generate_series), valid against every constraint. */
export async function loadLargeTenant(owner, sessions = N) {
  await owner.query('begin');
  await owner.query(`select set_config('app.tenant_id', $1, true)`, [TENANT]);
  const staff = `(select array_agg(id order by id) from user_account where tenant_id = '${TENANT}' and role in ('COUNSELLOR', 'MANAGER'))`;
  await owner.query(`create temp table bench_resident on commit drop as
    select g as n, gen_random_uuid() as id from generate_series(1, 3000) g`);
  await owner.query(`insert into resident (tenant_id, id, first_name, last_name, status, intake_date, created_at, version)
    select $1, id, 'Bench' || n, 'Resident' || n, 'FOLLOW_UP', date '2019-01-01' + n % 2000, now(), 1 from bench_resident`, [TENANT]);
  await owner.query(`create temp table bench_residence on commit drop as
    select g as n, gen_random_uuid() as id from generate_series(1, 40) g`);
  // Some residences opened late or closed, some beds retired, so the bed count changes through the year.
  await owner.query(`insert into residence (tenant_id, id, name, opened_on, closed_on, created_at)
    select $1, id, 'Bench house ' || n, date '2015-01-01' + (n % 5) * 300, case when n % 13 = 0 then date '2025-06-30' end, now() from bench_residence`, [TENANT]);
  await owner.query(`create temp table bench_bed on commit drop as
    select (row_number() over ())::int as n, r.id as residence_id, gen_random_uuid() as id, b as label
      from bench_residence r, generate_series(1, 15) b`);
  await owner.query(`insert into bed (tenant_id, id, residence_id, room, label, retired_on, created_at)
    select $1, id, residence_id, 'R' || label, 'B' || label, case when n % 17 = 0 then date '2024-01-01' + (n * 11) % 700 end, now() from bench_bed`, [TENANT]);
  // Five discharged stays per resident between 2019 and 2026, plus an open stay for the first 300 residents.
  await owner.query(`insert into stay (tenant_id, id, resident_id, residence_id, bed_id, admitted_on, discharged_on, discharge_reason, admitted_by_id, created_at)
    select $1, gen_random_uuid(), r.id, b.residence_id, b.id, a.day, a.day + 10 + (r.n * 7 + k * 13) % 50, 'COMPLETED', s.ids[1 + (r.n + k) % array_length(s.ids, 1)], now()
      from bench_resident r cross join generate_series(0, 4) k cross join ${staff} s(ids)
      join bench_bed b on b.n = 1 + (r.n * 5 + k) % 600
      cross join lateral (select date '2019-01-01' + (r.n * 3 + k * 577) % 2700 as day) a`, [TENANT]);
  await owner.query(`insert into stay (tenant_id, id, resident_id, residence_id, bed_id, admitted_on, admitted_by_id, created_at)
    select $1, gen_random_uuid(), r.id, b.residence_id, b.id, date '2024-01-01' + r.n % 700, s.ids[1], now()
      from bench_resident r join bench_bed b on b.n = r.n cross join ${staff} s(ids) where r.n <= 300`, [TENANT]);
  // Sessions spread over 2022–2025, one in twenty with a relative only.
  await owner.query(`insert into counselling_session (tenant_id, id, resident_id, relative_id, counsellor_id, occurred_on, duration_minutes, kind, created_at)
    select $1, gen_random_uuid(), case when g % 20 <> 0 then r.id end, case when g % 20 = 0 then rel.ids[1 + g % array_length(rel.ids, 1)] end,
           s.ids[1 + g % array_length(s.ids, 1)], date '2022-01-01' + (g * 7) % 1461, 15 + (g * 37) % 106,
           (enum_range(null::session_kind))[1 + g % 5], now()
      from generate_series(1, $2) g join bench_resident r on r.n = 1 + g % 3000
      cross join ${staff} s(ids) cross join (select array_agg(id order by id) from relative where tenant_id = $1) rel(ids)`, [TENANT, sessions]);
  // Goals in every domain and status; a creation event each, a status change for those not PLANNED.
  await owner.query(`create temp table bench_goal on commit drop as
    select g as n, gen_random_uuid() as id, r.id as resident_id, (enum_range(null::goal_status))[1 + g % 4] as status
      from generate_series(1, 15000) g join bench_resident r on r.n = 1 + g % 3000`);
  await owner.query(`insert into goal (tenant_id, id, resident_id, domain, title, status, progress, version, created_by_id, created_at, updated_at)
    select $1, g.id, g.resident_id, (enum_range(null::goal_domain))[1 + g.n % 10], 'Bench goal ' || g.n, g.status, 0, 1, s.ids[1], now(), now()
      from bench_goal g cross join ${staff} s(ids)`, [TENANT]);
  await owner.query(`insert into goal_event (tenant_id, id, goal_id, changed_by_id, changed_at, from_status, to_status, to_progress)
    select $1::uuid, gen_random_uuid(), g.id, s.ids[1], timestamptz '2022-01-01' + (g.n % 1200) * interval '1 day', null::goal_status, 'PLANNED'::goal_status, 0
      from bench_goal g cross join ${staff} s(ids)
    union all
    select $1::uuid, gen_random_uuid(), g.id, s.ids[1], timestamptz '2022-01-01' + (g.n % 1200 + 30 + g.n % 400) * interval '1 day', 'PLANNED'::goal_status, g.status, 0
      from bench_goal g cross join ${staff} s(ids) where g.status <> 'PLANNED'`, [TENANT]);
  await owner.query('commit');
  await owner.query('vacuum analyze resident, residence, bed, stay, counselling_session, goal, goal_event');
}

/** Wraps the API's connection to record the statements (as literal SQL) of whatever runs during `fn`. */
async function captureStatements(app, fn) {
  const em = app.get(EntityManager);
  const connection = em.getConnection();
  const original = connection.execute;
  const seen = [];
  connection.execute = function (sql, params, ...rest) {
    seen.push(params?.length ? em.getPlatform().formatQuery(String(sql), params) : String(sql));
    return original.call(this, sql, params, ...rest);
  };
  try {
    await fn();
  } finally {
    connection.execute = original;
  }
  return seen;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await withDemoDatabase(async (target) => {
    const owner = new pg.Client({ connectionString: target.adminUrl });
    await owner.connect();
    const t = performance.now();
    await loadLargeTenant(owner);
    await owner.end();
    console.log(`loaded ${N} sessions, 15,300 stays, 15,000 goals (with history) into one tenant in ${Math.round(performance.now() - t)} ms`);

    const { app, url } = await startBenchApi(target);
    const token = await demoLogin(url, 'manager.a@most.demo');
    const post = async (query, variables) => {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    // The raw statements as the application role, RLS on: BEGIN + set_config + the figure's statements + COMMIT.
    const raw = new pg.Client({ connectionString: target.appUrl });
    await raw.connect();
    const runRaw = async (statements) => {
      await raw.query('begin isolation level repeatable read read only');
      await raw.query(`select set_config('app.tenant_id', $1, true)`, [TENANT]);
      for (const sql of statements) await raw.query(sql);
      await raw.query('commit');
    };
    const figures = [
      ['counsellingTotals (a year, top 10)', `query($f: Date!, $t: Date!) { counsellingTotals(from: $f, to: $t, topResidents: 10) { totalMinutes totalHours sessions residents byCounsellor { minutes sessions } byMonth { month minutes sessions } byResident { minutes sessions } } }`],
      ['occupancyOverTime (a year, 12 points)', `query($f: Date!, $t: Date!) { occupancyOverTime(from: $f, to: $t) { date residents beds rate } }`],
      ['goalsByDomain (a year)', `query($f: Date, $t: Date) { goalsByDomain(from: $f, to: $t) { domain planned inProgress achieved abandoned total } }`],
    ];
    console.log(`medians of ${RUNS} runs after one warm-up, ${FROM}..${TO}, manager of the large tenant`);
    for (const [label, query] of figures) {
      const variables = { f: FROM, t: TO };
      // The figure's own statements: those that read the figure's tables (not the request's set_config/audit).
      const statements = (await captureStatements(app, () => post(query, variables))).filter((sql) => /\b(counselling_session|stay|goal)\b/.test(sql) && !/set_config|audit_event/.test(sql));
      const api = await timeSequential(RUNS, () => post(query, variables));
      const sql = await timeSequential(RUNS, () => runRaw(statements));
      console.log(`${label.padEnd(38)} API ${api.p50.toFixed(1).padStart(6)} ms (p95 ${api.p95.toFixed(1)})   raw SQL ${sql.p50.toFixed(1).padStart(6)} ms (p95 ${sql.p95.toFixed(1)}, ${statements.length} statement${statements.length === 1 ? '' : 's'})`);
    }
    await raw.end();
    await app.close();
  });
}
