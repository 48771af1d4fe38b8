import type { MikroORM } from '@mikro-orm/postgresql';
import { startApi, type TestApi } from '../../support/api.js';
import { ownerOrm } from '../../support/orm.js';
import { createTestTenant } from '../../support/tenants.js';
import { ok, statementsDuring } from '../../support/case-file.js';

/** No N+1: a page of residents with their stay, residence, goals and minutes costs a fixed number of statements. */
describe('residents list statement count', () => {
  let owner: MikroORM;
  let api: TestApi;
  let token: string;

  const PAGE = `query($first: Int) { residents(first: $first) { totalCount edges { node {
    id firstName keyWorker { displayName }
    currentStay { admittedOn residence { name } bed { label } }
    goals { id domain progress }
    counsellingMinutes
  } } } }`;

  beforeAll(async () => {
    owner = await ownerOrm();
    const tenant = await createTestTenant(owner, 'nplus1');
    api = await startApi();
    token = (await api.login(tenant.users.MANAGER.email)).token;
    const gql = async (q: string, v: Record<string, unknown>) => ok(await api.gql(q, v, { token }));
    const house = (await gql('mutation($i: CreateResidenceInput!) { createResidence(input: $i) { id } }', { i: { name: 'Big house', capacity: 60 } })).createResidence;
    for (let n = 0; n < 50; n++) {
      const r = (await gql('mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }', { i: { firstName: `P${n}`, lastName: `Person${String(n).padStart(2, '0')}`, keyWorkerId: tenant.users.COUNSELLOR.id } })).createResident;
      await gql('mutation($i: AdmitResidentInput!) { admitResident(input: $i) { id } }', { i: { residentId: r.id, residenceId: house.id, admittedOn: '2026-02-01' } });
      await gql('mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }', { i: { residentId: r.id, domain: 'WORK', title: 'A job' } });
      await gql('mutation($i: LogCounsellingSessionInput!) { logCounsellingSession(input: $i) { id } }', { i: { residentId: r.id, occurredOn: '2026-02-02', durationMinutes: 30 + n, kind: 'INDIVIDUAL' } });
    }
  }, 120_000);

  afterAll(async () => {
    await api.close();
    await owner.close(true);
  });

  it('runs the same statements for 5 or 50 residents', async () => {
    const count = async (first: number) => {
      let data: Record<string, any> = {};
      const statements = await statementsDuring(api, async () => {
        data = ok(await api.gql(PAGE, { first }, { token }));
      });
      expect(data.residents.edges).toHaveLength(first);
      expect(data.residents.edges.every((e: any) => e.node.currentStay.residence.name === 'Big house' && e.node.goals.length === 1 && e.node.counsellingMinutes >= 30)).toBe(true);
      return statements.filter((s) => !/^(begin|commit|rollback|select set_config)/i.test(s.trim()));
    };
    const five = await count(5);
    const fifty = await count(50);
    console.log(`residents(first: 5|50) with stay, residence, bed, key worker, goals, minutes: ${five.length} | ${fifty.length} statements`);
    expect(fifty.length).toBe(five.length);
    expect(fifty.length).toBeLessThanOrEqual(12);
  });
});
