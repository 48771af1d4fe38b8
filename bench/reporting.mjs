// Benchmark of issue 11: consortiumOverview for a year of a consortium and progressReport of a
// plan, through the built API, next to the same figures read by raw SQL as the application role
// (the floor: the cross-tenant function or tenant_metrics() alone, in one transaction).
//  1. the demo (npm start's data): Skupnosti MOST's overview (4 partners) and its plan's report;
//  2. the 100-tenant data set (bench/consortium-data.mjs; BENCH_DATA_DIR=<folder> keeps it), its
//     tenants grouped into 10 consortia of 10: the overview of the largest tenant's consortium
//     (10 partners, with its month-by-month series too) and a plan of the largest tenant with an
//     indicator for every metric. Targets: overview ≤ 250 ms, progressReport ≤ 150 ms (medians).
// Usage: npx node bench/reporting.mjs [scale=1] [runs=20]   (after `npx nx run api:build`;
// BENCH_ONLY=demo|consortium for one part, BENCH_DATA_DIR=<folder> keeps the 100-tenant data)
import pg from 'pg';
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from './consortium-data.mjs';
import { withConsortiumDatabase } from './support/consortium-database.mjs';
import { demoLogin, startBenchApi, withDemoDatabase } from './support/demo-server.mjs';
import { timeSequential } from './support/load.mjs';

const SCALE = Number(process.argv[2] ?? 1);
const RUNS = Number(process.argv[3] ?? 20);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const YEAR = { from: '2025-12-01', to: '2026-11-30' };
const MOST_CONSORTIUM = 'c0000000-0000-4000-8000-000000000001';
const METRICS = [
  'COUNSELLING_HOURS', 'PEOPLE_COUNSELLED', 'RESIDENCES_OPEN', 'CURRENT_RESIDENTS', 'TRAININGS_HELD', 'GOALS_ACHIEVED', 'PEOPLE_HOUSED',
  'OCCUPANCY_RATE', 'RELATIVES_SUPPORTED', 'HELPLINE_CONTACTS', 'MEETINGS_HELD', 'ATTENDANCES', 'PARCELS', 'BARC10_CHANGE',
];

const OVERVIEW = `query Overview($id: ID!, $from: Date!, $to: Date!) {
  consortiumOverview(consortiumId: $id, from: $from, to: $to) {
    partners { organisation { id name } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }
    totals { residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }
  }
}`;
const OVERVIEW_WITH_SERIES = OVERVIEW.replace('totals {', 'series { metric months { month total } }\n    totals {');
const REPORT = `query Report($id: ID!, $from: Date!, $to: Date!) {
  progressReport(planId: $id, from: $from, to: $to) {
    from to
    rows { indicator { id name metric target } actual target percentOfTarget expectedByNow status trend { month value } comment { comment } }
    milestonesDue { id title dueOn status }
  }
}`;

const client = (url) => async (query, variables, token) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

/** A raw-SQL reader as the application role, inside the caller's tenant/user context (as the API runs it). */
function rawReader(appUrl, tenantId, userId) {
  const pool = new pg.Pool({ connectionString: appUrl, max: 2 });
  pool.on('error', () => undefined); // idle clients see the database stop at the end of a part
  return {
    async run(sql, params) {
      const c = await pool.connect();
      try {
        await c.query('begin isolation level repeatable read');
        await c.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [tenantId, userId]);
        const { rows } = await c.query(sql, params);
        await c.query('commit');
        return rows;
      } finally {
        c.release();
      }
    },
    end: () => pool.end(),
  };
}

const RAW_OVERVIEW = `select * from consortium_partner_figures($1::uuid, $2::date, $3::date, null, null, null,
  array['RESIDENCES_OPEN', 'CURRENT_RESIDENTS', 'COUNSELLING_HOURS', 'PEOPLE_COUNSELLED', 'TRAININGS_HELD', 'GOALS_ACHIEVED'])`;
/** The report's registry call done by hand: the year and its 12 months, every metric (its indicators cover all). */
const RAW_REPORT = `select * from tenant_metrics_periods($1::uuid, (
  select array[daterange($2::date, $3::date, '[]')] || array_agg(daterange(m::date, (m + interval '1 month' - interval '1 day')::date, '[]') order by m)
    from generate_series($2::date, $3::date, interval '1 month') m))`;

const results = [];
const line = (data, figure, api, raw, target) => results.push({ data, figure, api, raw, target });

async function measure(data, figure, apiTask, rawTask, target) {
  const api = await timeSequential(RUNS, apiTask);
  const raw = rawTask ? await timeSequential(RUNS, rawTask) : null;
  line(data, figure, api, raw, target);
}

/** A plan of the caller's organisation with one objective and an indicator per metric (one with a goal domain). */
async function createBenchPlan(gql, token) {
  const { createStrategicPlan: plan } = await gql(
    `mutation($i: CreateStrategicPlanInput!) { createStrategicPlan(input: $i) { id } }`,
    { i: { name: 'Bench plan', periodStart: '2025-01-01', periodEnd: '2027-12-31' } },
    token,
  );
  const { addObjective: objective } = await gql(`mutation($i: AddObjectiveInput!) { addObjective(input: $i) { id } }`, { i: { planId: plan.id, title: 'Everything measured' } }, token);
  const indicators = [...METRICS.map((metric) => ({ metric })), { metric: 'GOALS_ACHIEVED', goalDomain: 'WORK' }];
  for (const [i, indicator] of indicators.entries()) {
    await gql(
      `mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }`,
      { i: { objectiveId: objective.id, name: `Indicator ${i + 1}`, target: 100 + i, baseline: 10, yearTargets: [{ year: 2026, target: 50 + i }], ...indicator } },
      token,
    );
  }
  return plan.id;
}

async function onDemo() {
  await withDemoDatabase(async (target) => {
    const { app, url } = await startBenchApi(target, { LOGIN_THROTTLE_LIMIT: '1000' });
    try {
      const gql = client(url);
      const coordinator = await demoLogin(url, 'coordinator@most.demo');
      const owner = new pg.Client({ connectionString: target.adminUrl });
      await owner.connect();
      const [{ tenant_id: tenantId, id: userId }] = (await owner.query(`select tenant_id, id from user_account where email = 'coordinator@most.demo'`)).rows;
      await owner.end();
      const raw = rawReader(target.appUrl, tenantId, userId);
      await measure('demo', 'consortiumOverview, Skupnosti MOST (4 partners), a year',
        () => gql(OVERVIEW, { id: MOST_CONSORTIUM, ...YEAR }, coordinator),
        () => raw.run(RAW_OVERVIEW, [MOST_CONSORTIUM, YEAR.from, YEAR.to]), 250);
      await measure('demo', '… with the month-by-month series', () => gql(OVERVIEW_WITH_SERIES, { id: MOST_CONSORTIUM, ...YEAR }, coordinator), null, null);
      const { strategicPlans } = await gql('query { strategicPlans { id name periodStart periodEnd } }', {}, coordinator);
      const plan = strategicPlans[0];
      if (plan) {
        await measure('demo', `progressReport, "${plan.name}", plan period`,
          () => gql(REPORT, { id: plan.id, from: plan.periodStart, to: plan.periodEnd }, coordinator), null, 150);
      }
      await raw.end();
    } finally {
      await app.close();
    }
  });
}

async function onConsortiumDataSet() {
  await withConsortiumDatabase({ scale: SCALE, seed: SEED }, async (target, dataSet) => {
    const owner = new pg.Client({ connectionString: target.adminUrl });
    await owner.connect();
    const largest = dataSet.largestTenantId;
    // 10 consortia of 10 tenants (by id); idempotent, so a kept data set can be reused.
    await owner.query(`
      insert into consortium (id, name, small_cell_threshold)
      select ('c1000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'Bench consortium ' || g, 5 from generate_series(1, 10) g
      on conflict do nothing`);
    await owner.query(`
      insert into consortium_member (tenant_id, id, consortium_id, joined_on)
      select t.id, gen_random_uuid(), ('c1000000-0000-4000-8000-' || lpad((1 + (t.n - 1) / 10)::text, 12, '0'))::uuid, date '2020-01-01'
        from (select id, row_number() over (order by id) as n from tenant where id in (select distinct tenant_id from resident)) t
       where t.n <= 100 and not exists (select 1 from consortium_member m where m.tenant_id = t.id)`);
    const [{ consortium_id: consortiumId }] = (await owner.query('select consortium_id from consortium_member where tenant_id = $1', [largest])).rows;
    const [{ partners }] = (await owner.query('select count(*)::int as partners from consortium_member where consortium_id = $1', [consortiumId])).rows;
    const [{ id: managerId }] = (await owner.query('select id from user_account where email = $1', [BENCH_ACCOUNTS.manager])).rows;
    await owner.end();

    const { app, url } = await startBenchApi(target, { LOGIN_THROTTLE_LIMIT: '1000' });
    try {
      const gql = client(url);
      const { login } = await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: BENCH_ACCOUNTS.manager, password: BENCH_PASSWORD } });
      const manager = login.accessToken;
      const raw = rawReader(target.appUrl, largest, managerId);
      const data = `100 tenants (scale ${SCALE})`;
      await measure(data, `consortiumOverview, ${partners} partners, a year`,
        () => gql(OVERVIEW, { id: consortiumId, ...YEAR }, manager),
        () => raw.run(RAW_OVERVIEW, [consortiumId, YEAR.from, YEAR.to]), 250);
      await measure(data, '… with the month-by-month series', () => gql(OVERVIEW_WITH_SERIES, { id: consortiumId, ...YEAR }, manager), null, null);
      const planId = await createBenchPlan(gql, manager);
      await measure(data, `progressReport, largest tenant, ${METRICS.length + 1} indicators with trends, a year`,
        () => gql(REPORT, { id: planId, ...YEAR }, manager),
        () => raw.run(RAW_REPORT, [largest, YEAR.from, YEAR.to]), 150);
      await raw.end();
    } finally {
      await app.close();
    }
  });
}

// BENCH_ONLY=demo or BENCH_ONLY=consortium runs one part.
if (process.env.BENCH_ONLY !== 'consortium') await onDemo();
if (process.env.BENCH_ONLY !== 'demo') await onConsortiumDataSet();

const ms = (s) => (s ? `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)}` : '—');
console.log(`\nReporting (${RUNS} sequential runs each; median / p95 ms; raw = the SQL function alone as the app role)`);
console.log('| data | figure | API | raw SQL | target (median) |\n|---|---|---|---|---|');
for (const r of results) {
  const verdict = r.target ? `≤ ${r.target} ms: ${r.api.p50 <= r.target ? 'met' : 'NOT met'}` : '';
  console.log(`| ${r.data} | ${r.figure} | ${ms(r.api)} | ${ms(r.raw)} | ${verdict} |`);
}
