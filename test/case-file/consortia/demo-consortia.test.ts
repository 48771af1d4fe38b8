import { graphql, ok, refused, startApi, type TestApi } from '../../support/api.js';

const DEMO_CONSORTIA = graphql(`query DemoConsortia { consortia { id name members { name } } }`);
const DEMO_OVERVIEW = graphql(`query DemoConsortiumOverview($id: ID!) {
  consortiumOverview(consortiumId: $id, from: "2024-11-01", to: "2026-10-31") { partners { organisation { name } residencesOpen currentResidents } totals { residencesOpen currentResidents } }
}`);

/** The demo consortia (seeded with the demo data): who sees which, and an overview of each. */
describe('demo consortia', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());
  const login = async (email: string) => (await api.login(email, 'bridgeway-demo')).token;

  it('shows Skupnosti MOST to its coordinator and the Norwegian network to the manager of R.O.T, each other nothing', async () => {
    const most = ok(await api.gql(DEMO_CONSORTIA, {}, { token: await login('coordinator@most.demo') })).consortia;
    expect(most.map((c) => [c.name, c.members.length])).toEqual([['Skupnosti MOST', 4]]);
    const rot = ok(await api.gql(DEMO_CONSORTIA, {}, { token: await login('manager@rot.demo') })).consortia;
    expect(rot.map((c) => [c.name, c.members.length])).toEqual([['Rusnettverket Norge', 3]]);
    const overview = ok(await api.gql(DEMO_OVERVIEW, { id: most[0].id }, { token: await login('coordinator@most.demo') })).consortiumOverview;
    expect(overview.partners).toHaveLength(4);
    // Open residences are not people: never suppressed, and the demo has 6 open in MOST.
    expect(overview.totals.residencesOpen).toBe(overview.partners.reduce((n, p) => n + p.residencesOpen, 0));
    refused(await api.gql(DEMO_OVERVIEW, { id: most[0].id }, { token: await login('manager@rot.demo') }), 'NOT_FOUND');
  });
});
