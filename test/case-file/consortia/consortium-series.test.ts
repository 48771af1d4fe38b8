import type { MikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { Metric } from '@bridgeway/shared-domain';
import { graphql, ok, refused } from '../../support/api.js';
import { createConsortium, signInAll, type Tokens } from '../../support/factories.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';
import { decide, populate } from './consortium-fixtures.js';

const SERIES = graphql(`query ConsortiumSeries($consortiumId: ID!, $from: Date!, $to: Date!) {
  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {
    totals { counsellingHours peopleCounselled }
    series { metric months { month total } }
  }
}`);

/** Not aligned to months: January and June are clipped. */
const PERIOD = { from: '2026-01-15', to: '2026-06-10' };
const MONTHS = [
  { month: '2026-01', from: '2026-01-15', to: '2026-01-31' },
  { month: '2026-02', from: '2026-02-01', to: '2026-02-28' },
  { month: '2026-03', from: '2026-03-01', to: '2026-03-31' },
  { month: '2026-04', from: '2026-04-01', to: '2026-04-30' },
  { month: '2026-05', from: '2026-05-01', to: '2026-05-31' },
  { month: '2026-06', from: '2026-06-01', to: '2026-06-10' },
];

type Figures = Record<'COUNSELLING_HOURS' | 'PEOPLE_COUNSELLED' | 'RESIDENCES_OPEN' | 'CURRENT_RESIDENTS' | 'TRAININGS_HELD' | 'GOALS_ACHIEVED', number>;

/** One tenant's figures in a window, counted again without tenant_metrics (consenting residents only; minutes, not hours). */
async function countedInTest(owner: MikroORM, tenantId: string, from: string, to: string): Promise<Figures> {
  const [row] = await forkForTenant(owner.em, tenantId).execute<Record<string, string>[]>(
    `with latest as (
       select distinct on (resident_id) resident_id, given from resident_consent where tenant_id = :t order by resident_id, decided_on desc, created_at desc
     ), counted as (
       select id from resident r where r.tenant_id = :t and not exists (select 1 from latest l where l.resident_id = r.id and not l.given)
     )
     select (select count(*) from residence where tenant_id = :t and coalesce(opened_on, '-infinity') <= :to::date and coalesce(closed_on, 'infinity') > :to::date) as residences,
            (select count(distinct resident_id) from stay where tenant_id = :t and admitted_on <= :to::date and coalesce(discharged_on, 'infinity') > :to::date and resident_id in (select id from counted)) as current,
            (select coalesce(sum(duration_minutes), 0) from counselling_session where tenant_id = :t and occurred_on between :from::date and :to::date and resident_id in (select id from counted)) as minutes,
            (select count(distinct resident_id) from counselling_session where tenant_id = :t and occurred_on between :from::date and :to::date and resident_id in (select id from counted)) as people,
            (select count(*) from goal g where g.tenant_id = :t and g.status = 'ACHIEVED' and g.resident_id in (select id from counted)
               and (select (max(e.changed_at) at time zone 'UTC')::date from goal_event e where e.goal_id = g.id and e.from_status is distinct from e.to_status) between :from::date and :to::date) as goals`,
    { t: tenantId, from, to },
  );
  return {
    COUNSELLING_HOURS: Number(row.minutes),
    PEOPLE_COUNSELLED: Number(row.people),
    RESIDENCES_OPEN: Number(row.residences),
    CURRENT_RESIDENTS: Number(row.current),
    TRAININGS_HELD: 0,
    GOALS_ACHIEVED: Number(row.goals),
  };
}

/** The month totals of one metric (none: the metric is missing). */
const totalsOf = (series: readonly { metric: string; months: readonly { total: number | null }[] }[], metric: string) =>
  (series.find((s) => s.metric === metric)?.months ?? []).map((m) => m.total);

async function session(owner: MikroORM, t: TestTenant, residentId: string, occurredOn: string, minutes: number): Promise<void> {
  await forkForTenant(owner.em, t.id).execute(
    `insert into counselling_session (tenant_id, id, resident_id, counsellor_id, occurred_on, duration_minutes, kind, created_at) values (?, gen_random_uuid(), ?, ?, ?, ?, 'INDIVIDUAL', now())`,
    [t.id, residentId, t.users.COUNSELLOR.id, occurredOn, minutes],
  );
}

describe('consortiumOverview.series (month by month, totals only)', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('consortium-series', (s) => ({ owner, api, a, b, ta, tb } = s));
  let c: TestTenant;
  let tc: Tokens;
  let consortiumId: string;
  let onlyBId: string;
  let steadyId: string;

  beforeAll(async () => {
    c = await createTestTenant(owner, 'consortium-series-c');
    tc = await signInAll(api, c);
    const aIds = await populate(owner, a, 6);
    await populate(owner, b, 2);
    const [cFirst, cSecond] = await populate(owner, c, 7);
    await decide(owner, c, cFirst, false, '2025-02-01');
    // More sessions, in April: two of a's residents, and c's withdrawn resident (left out) and another.
    await session(owner, a, aIds[1], '2026-04-03', 60);
    await session(owner, a, aIds[2], '2026-04-30', 45);
    await session(owner, c, cFirst, '2026-04-10', 50);
    await session(owner, c, cSecond, '2026-05-20', 30);
    consortiumId = await createConsortium(owner, 'Series ABC', [a.id, b.id, c.id], [{ tenantId: a.id, userId: a.users.CONSORTIUM_COORDINATOR.id }]);
    // c joins in April: left out of the earlier months.
    await owner.em.fork().execute(`update consortium_member set joined_on = '2026-04-01' where consortium_id = ? and tenant_id = ?`, [consortiumId, c.id]);
    steadyId = await createConsortium(owner, 'Steady ABC', [a.id, b.id, c.id], [{ tenantId: c.id, userId: c.users.CONSORTIUM_COORDINATOR.id }]);
    onlyBId = await createConsortium(owner, 'Only B', [b.id], [{ tenantId: a.id, userId: a.users.CONSORTIUM_COORDINATOR.id }]);
  });

  const query = (token: string, id = consortiumId) => api.gql(SERIES, { consortiumId: id, ...PERIOD }, { token });

  it('gives each metric, month by month in order, the total of the members in that month as independent SQL counts it', async () => {
    const { series } = ok(await query(ta.MANAGER)).consortiumOverview;
    // Every registry metric has a series; the contract's six are counted again here (the others: metric-registry-demo.test.ts).
    expect(series.map((s) => s.metric)).toEqual(Object.values(Metric));
    const expected = await Promise.all(
      MONTHS.map(async (m) => {
        const members = m.from >= '2026-04-01' ? [a, b, c] : [a, b];
        const figures = await Promise.all(members.map((t) => countedInTest(owner, t.id, m.from, m.to)));
        const sum = (k: keyof Figures) => figures.reduce((s, f) => s + f[k], 0);
        return { month: m.month, figures: { ...Object.fromEntries(Object.keys(figures[0]).map((k) => [k, sum(k as keyof Figures)])), COUNSELLING_HOURS: Math.round((sum('COUNSELLING_HOURS') * 100) / 60) / 100 } };
      }),
    );
    for (const s of series.filter((one) => one.metric in expected[0].figures)) {
      expect({ metric: s.metric, months: s.months }).toEqual({ metric: s.metric, months: expected.map((e) => ({ month: e.month, total: (e.figures as Record<string, number>)[s.metric] })) });
    }
    // The fixture's shape, so that the comparison above compares something.
    const of = (metric: string) => totalsOf(series, metric);
    expect(of('COUNSELLING_HOURS')).toEqual([0, 12, 0, 1.75, 0.5, 0]);
    expect(of('PEOPLE_COUNSELLED')).toEqual([0, 8, 0, 2, 1, 0]);
    expect(of('RESIDENCES_OPEN')).toEqual([4, 4, 2, 3, 3, 3]);
    expect(of('CURRENT_RESIDENTS')).toEqual([8, 8, 8, 14, 14, 14]);
    expect(of('GOALS_ACHIEVED')).toEqual([0, 0, 8, 0, 0, 0]);
  });

  it("sums the counselling hours of the months to the overview's totals when membership does not change in the period", async () => {
    const { totals, series } = ok(await query(tc.CONSORTIUM_COORDINATOR, steadyId)).consortiumOverview;
    const sum = (metric: string) => totalsOf(series, metric).reduce<number>((s, t) => s + (t ?? Number.NaN), 0);
    expect(totals.counsellingHours).toBe(12 + 9 + 1.75 + 0.5);
    expect(sum('COUNSELLING_HOURS')).toBeCloseTo(totals.counsellingHours, 2);
    // People are distinct per month: those counselled again in April count in both months.
    expect(sum('PEOPLE_COUNSELLED')).toBe((totals.peopleCounselled ?? Number.NaN) + 3);
  });

  it("hides a lone partner's small people counts (the total would be its cell), not its hours or residences", async () => {
    const { series } = ok(await query(ta.CONSORTIUM_COORDINATOR, onlyBId)).consortiumOverview;
    const of = (metric: string) => totalsOf(series, metric);
    expect(of('PEOPLE_COUNSELLED')).toEqual([0, null, 0, 0, 0, 0]);
    expect(of('CURRENT_RESIDENTS')).toEqual([null, null, null, null, null, null]);
    expect(of('COUNSELLING_HOURS')).toEqual([0, 3, 0, 0, 0, 0]);
    expect(of('RESIDENCES_OPEN')).toEqual([2, 2, 1, 1, 1, 1]);
  });

  it('is open to whoever may see the overview, and to no one else', async () => {
    ok(await query(ta.CONSORTIUM_COORDINATOR));
    ok(await query(tb.MANAGER));
    refused(await query(tb.CONSORTIUM_COORDINATOR), 'NOT_FOUND');
    for (const token of [ta.COUNSELLOR, ta.GROUP_LEADER]) refused(await query(token), 'FORBIDDEN');
  });

  it('refuses a period of 120 months or more (so at most 121 months are listed)', async () => {
    const ok120 = await api.gql(SERIES, { consortiumId, from: '2020-01-15', to: '2030-01-14' }, { token: ta.MANAGER });
    expect(ok(ok120).consortiumOverview.series[0].months).toHaveLength(121);
    refused(await api.gql(SERIES, { consortiumId, from: '2020-01-15', to: '2030-01-15' }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
  });
});
