import { Role } from '@bridgeway/shared-domain';
import { graphql, ok, refused } from '../../support/api.js';
import { DISCHARGE, admit, createResidence, createResident } from '../../support/factories.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const OCCUPANCY = graphql(`query OccupancyOverTime($from: Date!, $to: Date!) { occupancyOverTime(from: $from, to: $to) { date residents beds rate } }`);
const CLOSE = graphql(`mutation OccupancyCloseResidence($id: ID!, $closedOn: Date!) { closeResidence(id: $id, closedOn: $closedOn) { id } }`);
const RETIRE = graphql(`mutation OccupancyRetireBed($input: RetireBedInput!) { retireBed(input: $input) { id } }`);
const BEDS = graphql(`query OccupancyBeds($id: ID!) { residence(id: $id) { beds { id occupant { id } } } }`);

interface Place {
  openedOn: string | null;
  closedOn: string | null;
  beds: { retiredOn: string | null }[];
}
interface Kept {
  admittedOn: string;
  dischargedOn: string | null;
}

/** Month-ends from `from` to `to`, and `to`: the days the API gives a point for. */
function pointDays(from: string, to: string): string[] {
  const days: string[] = [];
  const [y, m] = from.split('-').map(Number);
  for (let i = 0; ; i++) {
    const end = new Date(Date.UTC(y, m - 1 + i + 1, 0)).toISOString().slice(0, 10);
    if (end > to) break;
    if (end >= from) days.push(end);
  }
  return days.at(-1) === to ? days : [...days, to];
}

/** Occupancy by the contract's rules, from the records this test wrote itself. */
function expected(places: Place[], stays: Kept[], from: string, to: string) {
  return pointDays(from, to).map((d) => {
    const residents = stays.filter((s) => s.admittedOn <= d && (s.dischargedOn === null || s.dischargedOn > d)).length;
    const beds = places
      .filter((p) => (p.openedOn === null || p.openedOn <= d) && (p.closedOn === null || p.closedOn > d))
      .reduce((n, p) => n + p.beds.filter((b) => b.retiredOn === null || b.retiredOn > d).length, 0);
    return { date: d, residents, beds, rate: beds ? residents / beds : 0 };
  });
}

/** occupancyOverTime against stays admitted and discharged on known days, through the real API on PostgreSQL. */
describe('occupancyOverTime', () => {
  let { api, ta, tb } = {} as CaseFileSuite;
  const places: Place[] = [];
  const stays: Kept[] = [];

  caseFileSuite('occupancy', (suite) => ({ api, ta, tb } = suite));

  beforeAll(async () => {
    const token = ta.MANAGER;
    const house = async (name: string, capacity: number, openedOn: string | null) => {
      const residence = await createResidence(api, token, { name, capacity, ...(openedOn ? { openedOn } : {}) });
      const place: Place = { openedOn, closedOn: null, beds: Array.from({ length: capacity }, () => ({ retiredOn: null })) };
      places.push(place);
      return { id: residence.id, place };
    };
    const stay = async (residenceId: string, admittedOn: string, dischargedOn: string | null) => {
      const resident = await createResident(api, token, { firstName: 'Occupancy', lastName: admittedOn });
      const { id } = await admit(api, token, { residentId: resident.id, residenceId, admittedOn });
      if (dischargedOn) ok(await api.gql(DISCHARGE, { input: { stayId: id, dischargedOn } }, { token }));
      stays.push({ admittedOn, dischargedOn });
    };
    const a = await house('Occupancy A', 3, '2025-01-10');
    const b = await house('Occupancy B', 2, '2025-03-15');
    const c = await house('Occupancy C', 1, null);
    await stay(a.id, '2025-01-10', '2025-02-28');
    await stay(a.id, '2025-01-31', null);
    await stay(b.id, '2025-03-15', '2025-05-01');
    await stay(c.id, '2025-02-01', '2025-03-31');
    ok(await api.gql(CLOSE, { id: b.id, closedOn: '2025-05-20' }, { token }));
    b.place.closedOn = '2025-05-20';
    const [free] = ok(await api.gql(BEDS, { id: a.id }, { token })).residence.beds.filter((bed) => !bed.occupant);
    ok(await api.gql(RETIRE, { input: { bedId: free.id, retiredOn: '2025-04-10' } }, { token }));
    a.place.beds[2].retiredOn = '2025-04-10';
  });

  it('gives one point per month-end and the last day, counting the stays and beds the test recorded', async () => {
    const [from, to] = ['2025-01-15', '2025-06-10'];
    const points = ok(await api.gql(OCCUPANCY, { from, to }, { token: ta.COUNSELLOR })).occupancyOverTime;
    expect(points.map((p) => p.date)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-10']);
    const want = expected(places, stays, from, to);
    const counts = (p: { date: string; residents: number; beds: number }) => ({ date: p.date, residents: p.residents, beds: p.beds });
    expect(points.map(counts)).toEqual(want.map(counts));
    points.forEach((p, i) => expect(p.rate).toBeCloseTo(want[i].rate, 10));
    // Spot checks by hand: discharged on 02-28 is out that day; B closed on 05-20; A's third bed retired on 04-10.
    expect(points[1]).toMatchObject({ residents: 2, beds: 4 });
    expect(points[3]).toMatchObject({ residents: 2, beds: 5 });
    expect(points[4]).toMatchObject({ residents: 1, beds: 3 });
  });

  it('answers a single day, and a period before anything opened with zeros', async () => {
    const day = ok(await api.gql(OCCUPANCY, { from: '2025-03-20', to: '2025-03-20' }, { token: ta.MANAGER })).occupancyOverTime;
    expect(day).toEqual(expected(places, stays, '2025-03-20', '2025-03-20'));
    const before = ok(await api.gql(OCCUPANCY, { from: '2024-10-01', to: '2024-11-30' }, { token: ta.MANAGER })).occupancyOverTime;
    expect(before).toEqual([
      { date: '2024-10-31', residents: 0, beds: 1, rate: 0 },
      { date: '2024-11-30', residents: 0, beds: 1, rate: 0 },
    ]);
  });

  it('counts the stays at the edges of the period: out when discharged on its first day, in when admitted on its last', async () => {
    // 2025-02-28: a point and a discharge day; 2025-03-15: an admission day (B opens with a stay the same day).
    const points = ok(await api.gql(OCCUPANCY, { from: '2025-02-28', to: '2025-03-15' }, { token: ta.MANAGER })).occupancyOverTime;
    expect(points).toEqual(expected(places, stays, '2025-02-28', '2025-03-15'));
    expect(points.map((p) => p.residents)).toEqual([2, 3]);
  });

  it("never counts another organisation's stays or beds", async () => {
    const points = ok(await api.gql(OCCUPANCY, { from: '2025-01-01', to: '2025-06-30' }, { token: tb.MANAGER })).occupancyOverTime;
    expect(points).toHaveLength(6);
    expect(points.every((p) => p.residents === 0 && p.beds === 0 && p.rate === 0)).toBe(true);
  });

  it('allows 36 months, refuses more and an end before the start with BAD_USER_INPUT on to', async () => {
    expect(ok(await api.gql(OCCUPANCY, { from: '2022-01-01', to: '2024-12-31' }, { token: ta.MANAGER })).occupancyOverTime).toHaveLength(36);
    for (const period of [{ from: '2022-01-01', to: '2025-01-01' }, { from: '2025-03-01', to: '2025-02-01' }]) {
      expect(Object.keys(refused(await api.gql(OCCUPANCY, period, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['to']);
    }
  });

  it('refuses GROUP_LEADER and CONSORTIUM_COORDINATOR', async () => {
    for (const role of [Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR]) {
      refused(await api.gql(OCCUPANCY, { from: '2025-01-01', to: '2025-01-31' }, { token: ta[role] }), 'FORBIDDEN');
    }
  });
});
