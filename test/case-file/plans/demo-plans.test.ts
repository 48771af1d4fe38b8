import pg from 'pg';
import { graphql, ok, startApi, type TestApi } from '../../support/api.js';
import { adminUrl } from '../../support/orm.js';

const DEMO_PLANS = graphql(`query DemoStrategicPlans {
  strategicPlans { id name level periodStart periodEnd consortium { id name } funding { funder amount currency } milestones { title dueOn status doneOn }
    publishedReports { id from to publishedBy } }
}`);
const DEMO_TOTALS = graphql(`query DemoPlanConsortiumTotals($id: ID!, $from: Date!, $to: Date!) { consortiumOverview(consortiumId: $id, from: $from, to: $to) { totals { currentResidents } } }`);
const DEMO_REPORT = graphql(`query DemoProgressReport($planId: ID!, $from: Date!, $to: Date!) {
  progressReport(planId: $planId, from: $from, to: $to) {
    rows { indicator { name metric sessionKind audience } actual target hasActual status publishedActual changedSincePublished }
  }
}`);

/**
 * Individual counselling in a consortium over [from, to], counted here as the owner: sessions of kind
 * INDIVIDUAL of the tenants that were members in the period, leaving out residents whose latest
 * consent decision withdrew it (the consortium path counts consenting residents only). Hours: with a
 * resident (audience RESIDENTS); people: residents counselled, per partner, summed.
 */
const INDIVIDUAL_COUNSELLING = `
  with members as (
    select m.tenant_id from consortium_member m
     where m.consortium_id = $1 and m.joined_on <= $3 and (m.left_on is null or m.left_on >= $2)
  ), withdrawn as (
    select c.tenant_id, c.resident_id from resident_consent c
     where not c.given and not exists (
       select 1 from resident_consent later where later.tenant_id = c.tenant_id and later.resident_id = c.resident_id
          and (later.decided_on, later.created_at, later.id) > (c.decided_on, c.created_at, c.id))
  ), counted as (
    select s.tenant_id, s.resident_id, s.duration_minutes from counselling_session s
     where s.tenant_id in (select tenant_id from members) and s.kind = 'INDIVIDUAL' and s.occurred_on between $2 and $3
       and s.resident_id is not null
       and not exists (select 1 from withdrawn w where w.tenant_id = s.tenant_id and w.resident_id = s.resident_id)
  )
  select (select coalesce(sum(duration_minutes), 0) from counted)::int as minutes,
         (select count(*) from (select distinct tenant_id, resident_id from counted) people)::int as people,
         (select count(*) from withdrawn where tenant_id in (select tenant_id from members))::int as withdrawn`;

/** The demo plans (seeded with the demo data): Skupnosti MOST's consortium plan and A-LARM's grant plan. */
describe('demo strategic plans', () => {
  let api: TestApi;
  let owner: pg.Client;
  beforeAll(async () => {
    owner = new pg.Client({ connectionString: adminUrl() });
    await owner.connect();
    api = await startApi();
  });
  afterAll(async () => {
    await Promise.all([owner.end(), api.close()]);
  });
  const login = async (email: string) => (await api.login(email, 'bridgeway-demo')).token;

  it("reports Skupnosti MOST's plan over the two project years from the demo records", async () => {
    const token = await login('coordinator@most.demo');
    const [plan] = ok(await api.gql(DEMO_PLANS, {}, { token })).strategicPlans;
    expect(plan).toMatchObject({ name: 'Skupnosti MOST 2024–2026', level: 'CONSORTIUM', consortium: { name: 'Skupnosti MOST' } });
    expect(plan.publishedReports.map((r) => [r.from, r.to])).toEqual([['2024-11-01', '2025-10-31']]);
    const report = ok(await api.gql(DEMO_REPORT, { planId: plan.id, from: plan.periodStart, to: plan.periodEnd }, { token })).progressReport;
    const actual = Object.fromEntries(report.rows.map((r) => [r.indicator.metric, r.actual]));
    // The seed's results: 6 residential communities, 14 trainings.
    expect(actual).toMatchObject({ RESIDENCES_OPEN: 6, TRAININGS_HELD: 14 });
    // Individual counselling (hours with residents, people): the consortium's consenting residents, counted here.
    const byMetric = (metric: string) => report.rows.find((r) => r.indicator.metric === metric);
    expect(byMetric('COUNSELLING_HOURS')).toMatchObject({ target: 1400, hasActual: true, indicator: { sessionKind: 'INDIVIDUAL', audience: 'RESIDENTS' } });
    expect(byMetric('PEOPLE_COUNSELLED')).toMatchObject({ target: 80, hasActual: true, indicator: { sessionKind: 'INDIVIDUAL', audience: null } });
    const [sql] = (await owner.query(INDIVIDUAL_COUNSELLING, [plan.consortium.id, plan.periodStart, plan.periodEnd])).rows;
    expect(sql.minutes).toBeGreaterThan(0);
    expect(sql.people).toBeGreaterThan(0);
    // Some residents of the consortium withdrew consent, so the comparison covers leaving them out.
    expect(sql.withdrawn).toBeGreaterThan(0);
    expect(actual.COUNSELLING_HOURS).toBe(Math.round((sql.minutes * 100) / 60) / 100);
    expect(actual.PEOPLE_COUNSELLED).toBe(sql.people);
    // People living in the communities at the end: the consortium's figure (consenting residents only).
    const overview = ok(await api.gql(DEMO_TOTALS, { id: plan.consortium.id, from: plan.periodStart, to: plan.periodEnd }, { token })).consortiumOverview;
    expect(actual.CURRENT_RESIDENTS).toBe(overview.totals.currentResidents);
    // The published first project year: frozen figures equal to the records (nothing changed since).
    const year = ok(await api.gql(DEMO_REPORT, { planId: plan.id, from: '2024-11-01', to: '2025-10-31' }, { token })).progressReport;
    for (const row of year.rows) expect(row).toMatchObject({ publishedActual: row.actual, changedSincePublished: false });
  });

  it("shows A-LARM's grant plan with its funding and milestones to its manager", async () => {
    const token = await login('manager@a-larm.demo');
    const [plan] = ok(await api.gql(DEMO_PLANS, {}, { token })).strategicPlans;
    expect(plan.funding).toEqual([{ funder: 'Stiftelsen Dam', amount: 500000, currency: 'NOK' }]);
    expect(plan.milestones.map((m) => m.dueOn.slice(5, 7))).toEqual(['10', '12', '02', '04', '08']);
    const report = ok(await api.gql(DEMO_REPORT, { planId: plan.id, from: plan.periodStart, to: plan.periodEnd }, { token })).progressReport;
    expect(report.rows.map((r) => r.indicator.metric)).toEqual(['MEETINGS_HELD', 'ATTENDANCES', 'RELATIVES_SUPPORTED']);
    expect(report.rows.every((r) => r.hasActual)).toBe(true);
  });
});
