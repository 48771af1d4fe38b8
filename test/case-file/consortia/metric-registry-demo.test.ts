import pg from 'pg';
import { DEMO_ORGANISATIONS, DEMO_PERIOD } from '@bridgeway/api-registry';
import { TENANT_SETTING } from '@bridgeway/api-tenancy';
import { graphql, ok, startApi, type TestApi } from '../../support/api.js';
import { adminUrl, appUrl } from '../../support/orm.js';

/**
 * The metric registry (tenant_metrics(), docs/figures.md) on the demo that `npm start` loads: each
 * metric of each demo organisation, called as the API calls it (application role, tenant context,
 * row-level security on), equals an independent count written here as the owner — local days by
 * `at time zone`, ranges by `daterange`, EXISTS instead of DISTINCT, BARC-10 by window functions.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SQL result rows; the assertions check their shape
type Row = Record<string, any>;
const { start: FROM, end: TO } = DEMO_PERIOD;
/** A period inside the demo, not aligned to months, so "at the end" and "in the period" differ from the whole. */
const MID = { from: '2025-06-10', to: '2026-02-17' };

const INDEPENDENT = `
  with t as (select id, time_zone from tenant where id = $1),
  counted_sessions as (select * from counselling_session s where s.tenant_id = $1 and s.occurred_on >= $2 and s.occurred_on <= $3),
  held as (
    select m.*, p.kind from meeting m join programme p on p.tenant_id = m.tenant_id and p.id = m.programme_id, t
     where m.tenant_id = $1 and m.status = 'HELD' and (m.starts_at at time zone t.time_zone)::date between $2 and $3
  ),
  barc as (
    select resident_id, taken_on, total,
           first_value(total) over (partition by resident_id order by taken_on, created_at) as first_total,
           row_number() over (partition by resident_id order by taken_on desc, created_at desc) as from_latest,
           count(*) over (partition by resident_id) as n
      from assessment where tenant_id = $1 and instrument_code = 'BARC-10' and taken_on <= $3
  )
  select
    (select count(*) from residence r where r.tenant_id = $1 and coalesce(r.opened_on, '-infinity') <= $3 and coalesce(r.closed_on, 'infinity') > $3)::int as residences_open,
    (select count(*) from resident x where x.tenant_id = $1 and exists (
       select 1 from stay s where s.tenant_id = x.tenant_id and s.resident_id = x.id and s.admitted_on <= $3 and coalesce(s.discharged_on, 'infinity') > $3))::int as current_residents,
    (select round(coalesce(sum(duration_minutes), 0) / 60.0, 2) from counted_sessions)::float as counselling_hours,
    (select count(*) from resident x where x.tenant_id = $1 and exists (select 1 from counted_sessions s where s.resident_id = x.id))::int as people_counselled,
    (select count(*) from programme p where p.tenant_id = $1 and p.kind in ('COURSE', 'SEMINAR') and exists (select 1 from held h where h.programme_id = p.id))::int as trainings_held,
    (select count(*) from goal g where g.tenant_id = $1 and g.status = 'ACHIEVED'
        and (select (max(e.changed_at) at time zone 'UTC')::date from goal_event e where e.tenant_id = g.tenant_id and e.goal_id = g.id and e.from_status is distinct from e.to_status) between $2 and $3)::int as goals_achieved,
    (select count(*) from resident x where x.tenant_id = $1 and exists (
       select 1 from stay s where s.tenant_id = x.tenant_id and s.resident_id = x.id
          and daterange(s.admitted_on, s.discharged_on, '[]') && daterange($2, $3, '[]')))::int as people_housed,
    (select count(*) from relative v where v.tenant_id = $1 and (
          exists (select 1 from counted_sessions s where s.relative_id = v.id)
       or exists (select 1 from attendance a join held h on h.id = a.meeting_id where a.tenant_id = v.tenant_id and a.relative_id = v.id and a.present)
       or exists (select 1 from helpline_contact c, t where c.tenant_id = v.tenant_id and c.relative_id = v.id and (c.occurred_at at time zone t.time_zone)::date between $2 and $3)
       or exists (select 1 from grief_follow_up f join planned_contact pc on pc.tenant_id = f.tenant_id and pc.follow_up_id = f.id
                   where f.tenant_id = v.tenant_id and f.relative_id = v.id and pc.status = 'DONE' and pc.done_on between $2 and $3)
       or exists (select 1 from handout h where h.tenant_id = v.tenant_id and h.relative_id = v.id and h.handed_out_on between $2 and $3)))::int as relatives_supported,
    (select count(*) from helpline_contact c, t where c.tenant_id = $1 and (c.occurred_at at time zone t.time_zone)::date between $2 and $3)::int as helpline_contacts,
    (select count(*) from held)::int as meetings_held,
    ((select count(*) from attendance a join held h on h.id = a.meeting_id where a.tenant_id = $1 and a.present)
       + (select coalesce(sum(guest_count), 0) from held))::int as attendances,
    (select coalesce(sum(quantity), 0) from handout where tenant_id = $1 and kind = 'FOOD_PARCEL' and handed_out_on between $2 and $3)::int as parcels,
    (select round(avg(total - first_total), 1) from barc where from_latest = 1 and n >= 2 and taken_on >= $2)::float as barc10_change`;

/** The registry's values from one tenant_metrics() row, as MetricValuesService derives them. */
function registryValues(r: Row): Row {
  return {
    residences_open: r.residences_open,
    current_residents: r.current_residents,
    counselling_hours: Math.round((r.counselling_minutes * 100) / 60) / 100,
    people_counselled: r.people_counselled,
    trainings_held: r.trainings_held,
    goals_achieved: r.goals_achieved,
    people_housed: r.people_housed,
    relatives_supported: r.relatives_supported,
    helpline_contacts: r.helpline_contacts,
    meetings_held: r.meetings_held,
    attendances: r.attendances,
    parcels: r.parcels,
    barc10_change: r.barc10_people === 0 ? null : Math.round((r.barc10_change_sum * 10) / r.barc10_people) / 10,
  };
}

describe('the metric registry on the demo data: every metric = an independent count', () => {
  let owner: pg.Client;
  let app: pg.Client;
  let api: TestApi;

  async function asTenant(tenantId: string, sql: string, params: unknown[]): Promise<Row[]> {
    await app.query('begin');
    try {
      await app.query(`select set_config('${TENANT_SETTING}', $1, true)`, [tenantId]);
      return (await app.query(sql, params)).rows;
    } finally {
      await app.query('commit');
    }
  }
  const registry = async (tenantId: string, from: string, to: string) =>
    registryValues((await asTenant(tenantId, 'select * from tenant_metrics($1, $2, $3)', [tenantId, from, to]))[0]);
  const independent = async (tenantId: string, from: string, to: string) => (await owner.query(INDEPENDENT, [tenantId, from, to])).rows[0] as Row;

  beforeAll(async () => {
    owner = new pg.Client({ connectionString: adminUrl() });
    app = new pg.Client({ connectionString: appUrl() });
    await Promise.all([owner.connect(), app.connect()]);
    api = await startApi();
  });
  afterAll(async () => {
    await Promise.all([owner.end(), app.end(), api.close()]);
  });

  it.each(DEMO_ORGANISATIONS.map((o) => [o.slug, o.id]))('%s: every metric over the demo period and over a period inside it', async (_slug, id) => {
    for (const { from, to } of [{ from: FROM, to: TO }, MID]) {
      expect({ from, to, ...(await registry(id, from, to)) }).toEqual({ from, to, ...(await independent(id, from, to)) });
    }
  });

  it('counts something for every metric somewhere in the demo (so the comparison compares something)', async () => {
    const sums: Record<string, number> = {};
    for (const org of DEMO_ORGANISATIONS) {
      for (const [key, value] of Object.entries(await registry(org.id, FROM, TO))) sums[key] = (sums[key] ?? 0) + Math.abs(Number(value ?? 0));
    }
    for (const [key, sum] of Object.entries(sums)) expect({ key, positive: sum > 0 }).toEqual({ key, positive: true });
  });

  const FIGURES = graphql(`query RegistryFigures($from: Date!, $to: Date!, $goalDomain: GoalDomain, $sessionKind: SessionKind, $audience: CounsellingAudience) {
    metricFigures(from: $from, to: $to, goalDomain: $goalDomain, sessionKind: $sessionKind, audience: $audience) { metric unit kind filters value }
    occupancyOverTime(from: $to, to: $to) { date rate }
  }`);
  const valueOf = (figures: readonly { metric: string; value: number | null }[], metric: string) => figures.find((f) => f.metric === metric)?.value;

  it("reaches a manager through the API: the same values, occupancy as occupancyOverTime's, filters only where a metric takes them", async () => {
    const org = DEMO_ORGANISATIONS.find((o) => o.slug === 'most-a');
    const { token } = await api.login('manager.a@most.demo', 'bridgeway-demo');
    const all = ok(await api.gql(FIGURES, { ...MID }, { token }));
    const expected = await registry(org!.id, MID.from, MID.to);
    expect(valueOf(all.metricFigures, 'COUNSELLING_HOURS')).toBe(expected.counselling_hours);
    expect(valueOf(all.metricFigures, 'PARCELS')).toBe(expected.parcels);
    expect(valueOf(all.metricFigures, 'OCCUPANCY_RATE')).toBe(Math.round(all.occupancyOverTime[0].rate * 1000) / 10);

    const work = ok(await api.gql(FIGURES, { ...MID, goalDomain: 'WORK' }, { token }));
    const workGoals = await owner.query(
      `select count(*)::int as n from goal g where g.tenant_id = $1 and g.status = 'ACHIEVED' and g.domain = 'WORK'
          and (select (max(e.changed_at) at time zone 'UTC')::date from goal_event e where e.goal_id = g.id and e.from_status is distinct from e.to_status) between $2 and $3`,
      [org!.id, MID.from, MID.to],
    );
    expect(valueOf(work.metricFigures, 'GOALS_ACHIEVED')).toBe(workGoals.rows[0].n);
    // The goal domain narrows goals only.
    expect(valueOf(work.metricFigures, 'COUNSELLING_HOURS')).toBe(expected.counselling_hours);
  });

  it("gives Skupnosti MOST's ~1,400 hours of individual counselling of residents with the kind and audience filters", async () => {
    let hours = 0;
    let independentMinutes = 0;
    for (const letter of ['a', 'b', 'c', 'd']) {
      const { token } = await api.login(`manager.${letter}@most.demo`, 'bridgeway-demo');
      const data = ok(await api.gql(FIGURES, { from: FROM, to: TO, sessionKind: 'INDIVIDUAL', audience: 'RESIDENTS' }, { token }));
      hours += valueOf(data.metricFigures, 'COUNSELLING_HOURS') ?? Number.NaN;
      const org = DEMO_ORGANISATIONS.find((o) => o.slug === `most-${letter}`);
      const { rows } = await owner.query(
        `select coalesce(sum(duration_minutes), 0)::int as minutes from counselling_session
          where tenant_id = $1 and kind = 'INDIVIDUAL' and resident_id is not null and occurred_on between $2 and $3`,
        [org!.id, FROM, TO],
      );
      independentMinutes += rows[0].minutes;
    }
    expect(hours).toBeCloseTo(independentMinutes / 60, 1);
    expect(hours).toBeGreaterThanOrEqual(1390);
    expect(hours).toBeLessThanOrEqual(1410);
  });
});
