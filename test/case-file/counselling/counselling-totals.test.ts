import { Role } from '@bridgeway/shared-domain';
import { errorOf, graphql, ok, withStatements } from '../../support/api.js';
import { insertRelative, insertResident, insertStaff } from '../../support/factories.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const LOG = graphql(`mutation TotalsLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }`);
const LOG_RELATIVE = graphql(`mutation TotalsLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }`);
const TOTALS = graphql(`query CounsellingTotals($from: Date!, $to: Date!, $top: Int!) {
  counsellingTotals(from: $from, to: $to, topResidents: $top) {
    from to totalMinutes totalHours sessions residents
    byCounsellor { counsellor { id } minutes sessions }
    byMonth { month minutes sessions }
    byResident { resident { id counsellingMinutes } minutes sessions }
  }
}`);
const FIGURES = graphql(`query CounsellingFigures($from: Date!, $to: Date!) {
  counsellingTotals(from: $from, to: $to, topResidents: 3) { totalMinutes sessions residents byCounsellor { minutes } byMonth { month minutes } byResident { minutes sessions } }
}`);
const RANGED = graphql(`query CounsellingMinutesRanged($from: Date!, $to: Date!, $top: Int!) {
  counsellingTotals(from: $from, to: $to, topResidents: $top) {
    byResident { resident { id all: counsellingMinutes feb: counsellingMinutes(from: "2025-02-01", to: "2025-02-28") since: counsellingMinutes(from: "2025-03-15") until: counsellingMinutes(to: "2025-01-01") } }
  }
}`);
const BACKWARDS = graphql(`query CounsellingMinutesBackwards($id: ID!) { resident(id: $id) { counsellingMinutes(from: "2025-03-01", to: "2025-02-01") } }`);

interface Logged {
  residentId: string | null;
  counsellorId: string;
  occurredOn: string;
  minutes: number;
}

const FROM = '2025-01-01';
const TO = '2025-03-31';

/** Sums of Logged rows grouped by `key`, most minutes first (ties by key), as the API orders them. */
function grouped(rows: Logged[], key: (r: Logged) => string): { key: string; minutes: number; sessions: number }[] {
  const map = new Map<string, { key: string; minutes: number; sessions: number }>();
  for (const r of rows) {
    const g = map.get(key(r)) ?? { key: key(r), minutes: 0, sessions: 0 };
    g.minutes += r.minutes;
    g.sessions += 1;
    map.set(key(r), g);
  }
  return [...map.values()];
}
const byMinutes = (x: { key: string; minutes: number }, y: { key: string; minutes: number }) => y.minutes - x.minutes || (x.key < y.key ? -1 : 1);

/** Totals computed in SQL must equal what the test itself logged, per counsellor, month and resident. */
describe('counsellingTotals and Resident.counsellingMinutes', () => {
  let { owner, api, a: t, b: other, ta: tokens, tb: otherTokens } = {} as CaseFileSuite;
  caseFileSuite('cs-totals', (suite) => ({ owner, api, a: t, b: other, ta: tokens, tb: otherTokens } = suite));
  const logged: Logged[] = [];

  beforeAll(async () => {
    const second = await insertStaff(owner, t, Role.COUNSELLOR, 'second');
    const counsellors = [t.users.COUNSELLOR.id, t.users.MANAGER.id, second.id];
    const residents = [await insertResident(owner, t.id), await insertResident(owner, t.id), await insertResident(owner, t.id), await insertResident(owner, t.id)];
    // A deterministic spread over the period, one day before and one after it.
    const days = ['2024-12-31', '2025-01-01', '2025-01-17', '2025-02-03', '2025-02-28', '2025-03-15', '2025-03-31', '2025-04-01'];
    let n = 0;
    for (const occurredOn of days) {
      for (const [ri, residentId] of residents.entries()) {
        if ((n + ri) % 3 === 0) continue;
        const counsellorId = counsellors[(n + ri) % counsellors.length];
        const minutes = 15 + ((n * 37 + ri * 11) % 120);
        ok(await api.gql(LOG, { input: { residentId, occurredOn, durationMinutes: minutes, kind: 'INDIVIDUAL', counsellorId, domains: ['WORK'] } }, { token: tokens.MANAGER }));
        logged.push({ residentId, counsellorId, occurredOn, minutes });
        n++;
      }
    }
    // With a relative only: counts in the totals, not for any resident.
    const relativeId = await insertRelative(owner, t.id);
    ok(await api.gql(LOG_RELATIVE, { input: { relativeId, occurredOn: '2025-02-10', durationMinutes: 33, kind: 'FAMILY', notes: 'Call' } }, { token: tokens.COUNSELLOR }));
    logged.push({ residentId: null, counsellorId: t.users.COUNSELLOR.id, occurredOn: '2025-02-10', minutes: 33 });
    // Another organisation's session in the same period must not count.
    const residentOther = await insertResident(owner, other.id);
    ok(await api.gql(LOG, { input: { residentId: residentOther, occurredOn: '2025-02-10', durationMinutes: 600, kind: 'INDIVIDUAL', notes: 'Long day' } }, { token: otherTokens.COUNSELLOR }));
  });

  it('sums the period by counsellor, month and resident exactly as the logged records', async () => {
    const inPeriod = logged.filter((r) => r.occurredOn >= FROM && r.occurredOn <= TO);
    const withResident = inPeriod.filter((r) => r.residentId);
    const total = inPeriod.reduce((sum, r) => sum + r.minutes, 0);
    const top = 2;
    const totals = ok(await api.gql(TOTALS, { from: FROM, to: TO, top }, { token: tokens.COUNSELLOR })).counsellingTotals;
    expect(totals).toMatchObject({
      from: FROM,
      to: TO,
      totalMinutes: total,
      totalHours: Math.round((total / 60) * 100) / 100,
      sessions: inPeriod.length,
      residents: new Set(withResident.map((r) => r.residentId)).size,
    });
    expect(totals.byCounsellor).toEqual(
      grouped(inPeriod, (r) => r.counsellorId).sort(byMinutes).map((g) => ({ counsellor: { id: g.key }, minutes: g.minutes, sessions: g.sessions })),
    );
    expect(totals.byMonth).toEqual(
      grouped(inPeriod, (r) => r.occurredOn.slice(0, 7)).sort((x, y) => (x.key < y.key ? -1 : 1)).map((g) => ({ month: g.key, minutes: g.minutes, sessions: g.sessions })),
    );
    const allTime = grouped(logged.filter((r) => r.residentId), (r) => r.residentId!);
    expect(totals.byResident).toEqual(
      grouped(withResident, (r) => r.residentId!)
        .sort(byMinutes)
        .slice(0, top)
        .map((g) => ({ resident: { id: g.key, counsellingMinutes: allTime.find((x) => x.key === g.key)!.minutes }, minutes: g.minutes, sessions: g.sessions })),
    );
  });

  it('counts a single day when from = to, and nothing in an empty period', async () => {
    const day = '2025-02-28';
    const that = logged.filter((r) => r.occurredOn === day);
    const one = ok(await api.gql(TOTALS, { from: day, to: day, top: 10 }, { token: tokens.MANAGER })).counsellingTotals;
    expect([one.totalMinutes, one.sessions]).toEqual([that.reduce((s, r) => s + r.minutes, 0), that.length]);
    const none = ok(await api.gql(TOTALS, { from: '2020-01-01', to: '2020-12-31', top: 10 }, { token: tokens.MANAGER })).counsellingTotals;
    expect(none).toMatchObject({ totalMinutes: 0, totalHours: 0, sessions: 0, residents: 0, byCounsellor: [], byMonth: [], byResident: [] });
  });

  it('reads the period once for all four figures: one statement over counselling_session, same sums', async () => {
    const { result: totals, statements } = await withStatements(api, async () => ok(await api.gql(FIGURES, { from: FROM, to: TO }, { token: tokens.MANAGER })).counsellingTotals);
    expect(statements.filter((q) => /from counselling_session/.test(q))).toHaveLength(1);
    const inPeriod = logged.filter((r) => r.occurredOn >= FROM && r.occurredOn <= TO);
    const minutes = inPeriod.reduce((sum, r) => sum + r.minutes, 0);
    expect(totals).toMatchObject({ totalMinutes: minutes, sessions: inPeriod.length });
    // Every breakdown adds up to the total (the residents' only over the top three).
    expect(totals.byCounsellor.reduce((sum, r) => sum + r.minutes, 0)).toBe(minutes);
    expect(totals.byMonth.reduce((sum, r) => sum + r.minutes, 0)).toBe(minutes);
    expect(totals.byResident).toHaveLength(3);
  });

  it('loads counsellingMinutes for a whole list of residents with one grouped SUM query', async () => {
    const { result: totals, statements } = await withStatements(api, async () => ok(await api.gql(TOTALS, { from: '2024-01-01', to: '2025-12-31', top: 100 }, { token: tokens.MANAGER })).counsellingTotals);
    const residents = new Set(logged.filter((r) => r.residentId).map((r) => r.residentId)).size;
    expect(residents).toBeGreaterThan(2);
    expect(totals.byResident.length).toBe(residents);
    expect(statements.filter((q) => /sum\(duration_minutes\)/.test(q) && /group by resident_id/.test(q) && /resident_id in/.test(q))).toHaveLength(1);
  });

  it('sums counsellingMinutes in a period per resident (one SUM per range for the whole list), and all of them without arguments', async () => {
    const { result: totals, statements } = await withStatements(api, async () => ok(await api.gql(RANGED, { from: '2024-01-01', to: '2025-12-31', top: 100 }, { token: tokens.COUNSELLOR })).counsellingTotals);
    const minutes = (residentId: string, from = '0000-01-01', to = '9999-12-31') =>
      logged.filter((r) => r.residentId === residentId && r.occurredOn >= from && r.occurredOn <= to).reduce((sum, r) => sum + r.minutes, 0);
    const rows = totals.byResident.map((r) => r.resident);
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) {
      expect(r).toEqual({
        id: r.id,
        all: minutes(r.id),
        feb: minutes(r.id, '2025-02-01', '2025-02-28'),
        since: minutes(r.id, '2025-03-15'),
        until: minutes(r.id, undefined, '2025-01-01'),
      });
    }
    expect(rows.some((r) => r.feb > 0 && r.feb < r.all)).toBe(true);
    expect(statements.filter((q) => /sum\(duration_minutes\)/.test(q) && /group by resident_id/.test(q) && /resident_id in/.test(q))).toHaveLength(4);
  });

  it('refuses a counsellingMinutes range that ends before it starts, naming the field to', async () => {
    const [{ residentId }] = logged.filter((r) => r.residentId);
    const res = await api.gql(BACKWARDS, { id: residentId! }, { token: tokens.MANAGER });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
  });

  it('refuses a period that ends before it starts, naming the field to', async () => {
    expect(errorOf(await api.gql(TOTALS, { from: '2025-03-01', to: '2025-02-01', top: 10 }, { token: tokens.MANAGER }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
    expect(errorOf(await api.gql(TOTALS, { from: FROM, to: TO, top: 1000 }, { token: tokens.MANAGER }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { topResidents: expect.any(String) } });
  });

  it('refuses GROUP_LEADER and CONSORTIUM_COORDINATOR', async () => {
    for (const role of [Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR]) {
      expect(errorOf(await api.gql(TOTALS, { from: FROM, to: TO, top: 10 }, { token: tokens[role] })).code).toBe('FORBIDDEN');
    }
  });
});
