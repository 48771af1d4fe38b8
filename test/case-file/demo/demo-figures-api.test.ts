import { graphql, ok, startApi, type TestApi } from '../../support/api.js';

/** The Skupnosti MOST figures as the API returns them to each partner's manager, added up. */
describe('demo consortium figures through the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const FIGURES = graphql(`query DemoFigures {
    residences { id occupancy capacity closedOn }
    current: residents(status: IN_RESIDENCE, first: 1) { totalCount }
    everyone: residents(first: 1) { totalCount }
    individual: counsellingTotals(from: "2024-11-01", to: "2026-10-31", kinds: [INDIVIDUAL], residentsOnly: true) { totalHours residents sessions }
    all: counsellingTotals(from: "2024-11-01", to: "2026-10-31") { totalHours sessions }
  }`);

  it('adds up to 6 open residences, 15 current residents, ~1,400 individual hours with more than 80 people', async () => {
    const totals = { residences: 0, beds: 0, occupancy: 0, current: 0, residents: 0, individualHours: 0, counselled: 0, allHours: 0 };
    for (const letter of ['a', 'b', 'c', 'd']) {
      const { token } = await api.login(`manager.${letter}@most.demo`, 'bridgeway-demo');
      const data = ok(await api.gql(FIGURES, {}, { token }));
      const open = data.residences.filter((r) => !r.closedOn);
      totals.residences += open.length;
      totals.beds += open.reduce((n, r) => n + r.capacity, 0);
      totals.occupancy += open.reduce((n, r) => n + r.occupancy, 0);
      totals.current += data.current.totalCount;
      totals.residents += data.everyone.totalCount;
      totals.individualHours += data.individual.totalHours;
      totals.counselled += data.individual.residents;
      totals.allHours += data.all.totalHours;
    }
    console.log(`Skupnosti MOST through the API: ${JSON.stringify(totals)}`);
    expect(totals.residences).toBe(6);
    expect(totals.current).toBe(15);
    expect(totals.occupancy).toBe(15);
    expect(totals.individualHours).toBeGreaterThanOrEqual(1390);
    expect(totals.individualHours).toBeLessThanOrEqual(1410);
    expect(totals.counselled).toBeGreaterThan(80);
    expect(totals.allHours).toBeGreaterThan(totals.individualHours);
  });
});
