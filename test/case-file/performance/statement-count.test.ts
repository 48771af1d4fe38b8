import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, ok, startApi, withStatements, type TestApi } from '../../support/api.js';
import { admit, createGoal, createResidence, createResident, logSession } from '../../support/factories.js';
import type { TypedDocumentString } from '../../support/gql/graphql.js';
import { writesDuring } from '../../support/database-writes.js';
import { ownerOrm } from '../../support/orm.js';
import { createTestTenant } from '../../support/tenants.js';

/** No N+1: a page of residents with their stay, residence, goals and minutes costs a fixed number of statements. */
describe('residents list statement count', () => {
  let owner: MikroORM;
  let api: TestApi;
  let token: string;
  let counsellorToken: string;

  const PAGE = graphql(`query StatementCountPage($first: Int) { residents(first: $first) { totalCount edges { node {
    id firstName keyWorker { displayName }
    currentStay { admittedOn residence { name } bed { label } }
    goals { id domain progress }
    counsellingMinutes
  } } } }`);
  const CASE_FILE = graphql(`query StatementCountCaseFile($id: ID!) { resident(id: $id) {
    id firstName keyWorker { displayName } counsellingMinutes
    currentStay { admittedOn bed { label } residence { name occupancy } }
    goals { id domain progress } counsellingSessions(first: 20) { id occurredOn durationMinutes notes counsellor { displayName } }
  } }`);

  beforeAll(async () => {
    owner = await ownerOrm();
    const tenant = await createTestTenant(owner, 'nplus1');
    api = await startApi();
    token = (await api.login(tenant.users.MANAGER.email)).token;
    counsellorToken = (await api.login(tenant.users.COUNSELLOR.email)).token;
    const house = await createResidence(api, token, { name: 'Big house', capacity: 60 });
    for (let n = 0; n < 50; n++) {
      const r = await createResident(api, token, { firstName: `P${n}`, lastName: `Person${String(n).padStart(2, '0')}`, keyWorkerId: tenant.users.COUNSELLOR.id });
      await admit(api, token, { residentId: r.id, residenceId: house.id, admittedOn: '2026-02-01' });
      await createGoal(api, token, { residentId: r.id, domain: 'WORK', title: 'A job' });
      await logSession(api, token, { residentId: r.id, occurredOn: '2026-02-02', durationMinutes: 30 + n, kind: 'INDIVIDUAL', notes: `Notes ${n}` });
    }
  }, 120_000);

  afterAll(async () => {
    await api.close();
    await owner.close(true);
  });

  const CONTROL = /^(begin|start transaction|commit|rollback|select set_config)/i;
  /**
   * The control round trips of a request: BEGIN (here START TRANSACTION with the isolation level) and the
   * tenant/user set_config go together as one query (libs/api/database SessionContextConnection), and the
   * request's READ audit insert goes with the COMMIT (`insert …; commit`, commitWith): 4 statements, 2 round trips.
   */
  const CONTROL_ROUND_TRIPS = [
    expect.stringMatching(/^start transaction isolation level [a-z ]+; select set_config\('app\.tenant_id', '[0-9a-f-]{36}', true\), set_config\('app\.user_id', '[0-9a-f-]{36}', true\)$/),
    expect.stringMatching(/^insert into "audit_event" \(.*\) values \(.*\); commit$/s),
  ];

  /**
   * Every query the API sends for one request (one logged query = one round trip), and its statements: the data
   * ones (the audit insert included) and the control ones (BEGIN, set_config, COMMIT).
   */
  const statementsOf = async <T, V>(document: TypedDocumentString<T, V>, variables: V, as = token) => {
    const { result: data, statements: all } = await withStatements(api, async () => ok(await api.gql(document, variables, { token: as })));
    const split = all.flatMap((s) => s.trim().split(/; (?=select set_config|commit$)/));
    const isControlTrip = (s: string) => CONTROL.test(s.trim()) || /; commit$/.test(s);
    return { data, all, dataStatements: split.filter((s) => !CONTROL.test(s)), control: all.filter(isControlTrip) };
  };

  it('runs the same statements for 5 or 50 residents, control statements included', async () => {
    const count = async (first: number) => {
      const { data, all, dataStatements, control } = await statementsOf(PAGE, { first });
      expect(data.residents.edges).toHaveLength(first);
      expect(data.residents.edges.every((e) => e.node.currentStay.residence.name === 'Big house' && e.node.goals.length === 1 && e.node.counsellingMinutes >= 30)).toBe(true);
      expect(control).toEqual(CONTROL_ROUND_TRIPS);
      return { all: all.length, data: dataStatements.length };
    };
    const five = await count(5);
    const fifty = await count(50);
    console.log(`residents(first: 5|50) with stay, residence, bed, key worker, goals, minutes: ${five.data} | ${fifty.data} data statements + 3 control in ${five.all} | ${fifty.all} queries`);
    expect(fifty).toEqual(five);
    // page (key workers and the count joined), current stays (bed, residence, occupancy joined), goals, minutes, audit insert;
    // the user is not looked up again (actor cache)
    expect(fifty.data).toBeLessThanOrEqual(6);
    expect(fifty.all).toBe(fifty.data + 1); // BEGIN + set_config in one round trip; the audit insert and COMMIT in one
  });

  it('reads a case file (notes and counsellors included) in one transaction with a fixed number of statements', async () => {
    const { data: page } = await statementsOf(PAGE, { first: 1 });
    const id = page.residents.edges[0].node.id;
    // As the key worker (not a manager), so disclosing the notes needs the resident's key worker.
    await statementsOf(CASE_FILE, { id }, counsellorToken); // first request of this user fills the actor cache
    const {
      result: { data, all, dataStatements, control },
      writes,
    } = await writesDuring(() => statementsOf(CASE_FILE, { id }, counsellorToken));
    expect(data.resident.currentStay.residence).toEqual({ name: 'Big house', occupancy: 50 });
    console.log(`case file: ${dataStatements.length} data statements + 3 control in ${all.length} queries, ${writes} round trips`);
    // resident (key worker joined), minutes, current stay (bed, residence, occupancy joined), goals,
    // sessions (counsellors joined; notes access reuses the resident), audit insert
    expect(data.resident.counsellingSessions[0]).toMatchObject({ notes: expect.stringMatching(/^Notes /), counsellor: { displayName: expect.any(String) } });
    expect(dataStatements.length).toBeLessThanOrEqual(6);
    expect(control).toEqual(CONTROL_ROUND_TRIPS);
    expect(all.length).toBe(dataStatements.length + 1);
    // 5 data statements, then the audit insert with the COMMIT: 7 queries (8 before the insert went with the COMMIT, 9 before BEGIN + set_config went as one)
    expect(all).toHaveLength(7);
    // Round trips: BEGIN + settings with the resident (the opening waits for the first statement); its stay, goals,
    // sessions and minutes, dispatched in one tick and pipelined in one write; the audit insert + COMMIT (7 before
    // the statements were pipelined, 4 before the opening went with the first statement).
    expect(writes).toBe(3);
  });
});
