import pg from 'pg';
import { adminUrl } from '../../support/orm.js';
import { graphql, ok, refused, statementsDuring } from '../../support/api.js';
import { CREATE_RESIDENT, DISCHARGE, admit, createResidence, createResident, daysFromToday, signInAll, type Tokens } from '../../support/factories.js';
import { auditOf, tableCounts } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';

const PAGE = graphql(`query ResidentsPage($first: Int, $after: String, $search: String) { residents(first: $first, after: $after, search: $search) { totalCount edges { cursor node { id firstName lastName } } pageInfo { hasNextPage endCursor } } }`);
const READ = graphql(`query Resident($id: ID!) { resident(id: $id) { id firstName lastName status version keyWorker { id displayName role organisation { id } } } }`);
const CONTACT = graphql(`query ResidentContact($id: ID!) { resident(id: $id) { email phone dateOfBirth intakeDate } }`);
const UPDATE = graphql(`mutation UpdateResident($input: UpdateResidentInput!) { updateResident(input: $input) { id firstName lastName phone email version } }`);
const CLOSE = graphql(`mutation CloseResident($id: ID!) { closeResident(id: $id) { id status } }`);
const REOPEN = graphql(`mutation ReopenResident($id: ID!) { reopenResident(id: $id) { id status } }`);
const READMIT = graphql(`mutation Readmit($input: AdmitResidentInput!) { admitResident(input: $input) { id } }`);
const MINE = graphql(`query MyResidents { residents(mine: true) { totalCount edges { node { firstName keyWorker { id } } } } }`);
const CLOSED = graphql(`query ClosedResidents { residents(status: CLOSED) { totalCount } }`);

describe('residents', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('residents', (suite) => ({ owner, api, a, b, ta, tb } = suite));

  describe('create, read, update, close', () => {
    it('creates a resident in follow-up with intake today, version 1, audited', async () => {
      const created = ok(await api.gql(CREATE_RESIDENT, { input: { firstName: ' Ana ', lastName: 'Novak' } }, { token: ta.COUNSELLOR })).createResident;
      expect(created).toMatchObject({ firstName: 'Ana', lastName: 'Novak', status: 'FOLLOW_UP', version: 1, intakeDate: daysFromToday(0) });
      expect(await auditOf(owner, a.id, { action: 'CREATE', entityId: created.id })).toEqual([expect.objectContaining({ entityType: 'Resident', residentId: created.id, userId: a.users.COUNSELLOR.id })]);
    });

    it('sets a key worker of the same organisation, batched into the User type', async () => {
      const created = await createResident(api, ta.MANAGER, { firstName: 'Kaja', lastName: 'Kern', keyWorkerId: a.users.COUNSELLOR.id, phone: '+386 40 123 456', email: ' Kaja@Example.ORG ', dateOfBirth: '1990-04-01', intakeDate: '2026-01-15' });
      const read = ok(await api.gql(READ, { id: created.id }, { token: ta.MANAGER })).resident;
      expect(read.keyWorker).toEqual({ id: a.users.COUNSELLOR.id, displayName: expect.any(String), role: 'COUNSELLOR', organisation: { id: a.id } });
      const full = ok(await api.gql(CONTACT, { id: created.id }, { token: ta.MANAGER })).resident;
      expect(full).toEqual({ email: 'kaja@example.org', phone: '+386 40 123 456', dateOfBirth: '1990-04-01', intakeDate: '2026-01-15' });
    });

    it('refuses a key worker who is not staff of this organisation or not a counsellor/manager, writing nothing', async () => {
      const before = await tableCounts(owner, a.id);
      for (const keyWorkerId of [b.users.COUNSELLOR.id, a.users.GROUP_LEADER.id, a.users.CONSORTIUM_COORDINATOR.id, '00000000-0000-4000-8000-000000000000']) {
        const error = refused(await api.gql(CREATE_RESIDENT, { input: { firstName: 'No', lastName: 'Worker', keyWorkerId } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
        expect(Object.keys(error.fields)).toEqual(['keyWorkerId']);
      }
      expect(await tableCounts(owner, a.id)).toEqual(before);
    });

    it('refuses bad input with readable messages per field, writing nothing', async () => {
      const before = await tableCounts(owner, a.id);
      const blank = refused(await api.gql(CREATE_RESIDENT, { input: { firstName: '  ', lastName: 'X', email: 'not-an-email', phone: 'call me' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
      expect(blank.fields).toEqual({ firstName: 'Enter a first name', email: expect.stringMatching(/e-mail address/), phone: expect.stringMatching(/phone number/) });
      const future = refused(await api.gql(CREATE_RESIDENT, { input: { firstName: 'A', lastName: 'B', dateOfBirth: '2999-01-01' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
      expect(Object.keys(future.fields)).toEqual(['dateOfBirth']);
      refused(await api.gql(CREATE_RESIDENT, { input: { firstName: 'A', lastName: 'B', dateOfBirth: '2026-02-30' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
      expect(await tableCounts(owner, a.id)).toEqual(before);
    });

    it('records a READ audit row with the resident id for every opening of a record', async () => {
      const created = await createResident(api, ta.MANAGER, { firstName: 'Read', lastName: 'Me' });
      ok(await api.gql(READ, { id: created.id }, { token: ta.COUNSELLOR }));
      ok(await api.gql(READ, { id: created.id }, { token: ta.MANAGER }));
      const rows = await auditOf(owner, a.id, { action: 'READ', residentId: created.id });
      expect(rows.map((r) => [r.entityType, r.entityId, r.userId])).toEqual([
        ['Resident', created.id, a.users.COUNSELLOR.id],
        ['Resident', created.id, a.users.MANAGER.id],
      ]);
    });

    it('updates with an optimistic lock: the current version wins, a stale one is a CONFLICT that changes nothing', async () => {
      const created = await createResident(api, ta.MANAGER, { firstName: 'Ver', lastName: 'Sion', phone: '040 111 222' });
      const updated = ok(await api.gql(UPDATE, { input: { id: created.id, expectedVersion: 1, lastName: 'Sioned', phone: null } }, { token: ta.COUNSELLOR })).updateResident;
      expect(updated).toEqual({ id: created.id, firstName: 'Ver', lastName: 'Sioned', phone: null, email: null, version: 2 });
      const before = await tableCounts(owner, a.id);
      const stale = refused(await api.gql(UPDATE, { input: { id: created.id, expectedVersion: 1, firstName: 'Lost' } }, { token: ta.MANAGER }), 'CONFLICT');
      expect(stale.extensions).toMatchObject({ reason: 'VERSION_MISMATCH', currentVersion: 2 });
      const nulled = refused(await api.gql(UPDATE, { input: { id: created.id, firstName: null } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
      expect(Object.keys(nulled.fields)).toEqual(['firstName']);
      expect(await tableCounts(owner, a.id)).toEqual(before);
      expect(ok(await api.gql(READ, { id: created.id }, { token: ta.MANAGER })).resident).toMatchObject({ firstName: 'Ver', version: 2 });
      expect(await auditOf(owner, a.id, { action: 'UPDATE', entityId: created.id })).toHaveLength(1);
    });

    it('closes a case only when the person does not live in a residence, and reopens it (MANAGER only)', async () => {
      const residence = await createResidence(api, ta.MANAGER, { name: 'Close Case House', capacity: 1 });
      const created = await createResident(api, ta.MANAGER, { firstName: 'Clo', lastName: 'Sed' });
      const stay = await admit(api, ta.MANAGER, { residentId: created.id, residenceId: residence.id, admittedOn: '2026-01-01' });
      refused(await api.gql(CLOSE, { id: created.id }, { token: ta.COUNSELLOR }), 'FORBIDDEN');
      expect(refused(await api.gql(CLOSE, { id: created.id }, { token: ta.MANAGER }), 'CONFLICT').extensions?.reason).toBe('RESIDENT_IN_RESIDENCE');
      ok(await api.gql(DISCHARGE, { input: { stayId: stay.id, dischargedOn: '2026-02-01', reason: 'COMPLETED' } }, { token: ta.MANAGER }));
      expect(ok(await api.gql(CLOSE, { id: created.id }, { token: ta.MANAGER })).closeResident).toEqual({ id: created.id, status: 'CLOSED' });
      expect(await auditOf(owner, a.id, { action: 'CLOSE', entityId: created.id })).toHaveLength(1);
      refused(await api.gql(CLOSE, { id: created.id }, { token: ta.MANAGER }), 'CONFLICT');
      refused(await api.gql(REOPEN, { id: created.id }, { token: ta.COUNSELLOR }), 'FORBIDDEN');
      const readmit = refused(await api.gql(READMIT, { input: { residentId: created.id, residenceId: residence.id, admittedOn: '2026-03-01' } }, { token: ta.MANAGER }), 'CONFLICT');
      expect(readmit.extensions?.reason).toBe('RESIDENT_CLOSED');
      expect(ok(await api.gql(REOPEN, { id: created.id }, { token: ta.MANAGER })).reopenResident).toEqual({ id: created.id, status: 'FOLLOW_UP' });
      expect(refused(await api.gql(REOPEN, { id: created.id }, { token: ta.MANAGER }), 'CONFLICT').extensions?.reason).toBe('RESIDENT_NOT_CLOSED');
      await admit(api, ta.MANAGER, { residentId: created.id, residenceId: residence.id, admittedOn: '2026-03-01' });
    });
  });

  describe('tenant isolation and roles', () => {
    it("answers NOT_FOUND for another tenant's resident, unknown and malformed ids; nothing is written", async () => {
      const created = await createResident(api, ta.MANAGER, { firstName: 'Only', lastName: 'Mine' });
      const beforeA = await tableCounts(owner, a.id);
      const beforeB = await tableCounts(owner, b.id);
      for (const id of [created.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        refused(await api.gql(READ, { id }, { token: tb.MANAGER }), 'NOT_FOUND');
      }
      refused(await api.gql(UPDATE, { input: { id: created.id, firstName: 'Hijacked' } }, { token: tb.MANAGER }), 'NOT_FOUND');
      refused(await api.gql(CLOSE, { id: created.id }, { token: tb.MANAGER }), 'NOT_FOUND');
      const list = ok(await api.gql(PAGE, { search: 'only mine' }, { token: tb.MANAGER })).residents;
      expect(list).toMatchObject({ totalCount: 0, edges: [] });
      expect(await tableCounts(owner, a.id)).toEqual(beforeA);
      expect(await tableCounts(owner, b.id)).toEqual(beforeB);
    });

    it.each(['GROUP_LEADER', 'CONSORTIUM_COORDINATOR'] as const)('refuses every residents operation to %s with FORBIDDEN', async (role) => {
      const created = await createResident(api, ta.MANAGER, { firstName: 'Role', lastName: role });
      refused(await api.gql(PAGE, {}, { token: ta[role] }), 'FORBIDDEN');
      refused(await api.gql(READ, { id: created.id }, { token: ta[role] }), 'FORBIDDEN');
      refused(await api.gql(CREATE_RESIDENT, { input: { firstName: 'X', lastName: 'Y' } }, { token: ta[role] }), 'FORBIDDEN');
      refused(await api.gql(UPDATE, { input: { id: created.id, firstName: 'Z' } }, { token: ta[role] }), 'FORBIDDEN');
      refused(await api.gql(CLOSE, { id: created.id }, { token: ta[role] }), 'FORBIDDEN');
    });
  });

  describe('list, pagination and search', () => {
    let c: TestTenant;
    let tc: Tokens;
    const names = Array.from({ length: 23 }, (_, i) => ({ firstName: `P${String(i).padStart(2, '0')}`, lastName: ['Zupan', 'Novak', 'Horvat', 'Kovač'][i % 4] }));

    beforeAll(async () => {
      c = await createTestTenant(owner, 'residents-page');
      tc = await signInAll(api, c);
      for (const name of names) await createResident(api, tc.MANAGER, name);
      // Two people with the same name: the id breaks the tie.
      await createResident(api, tc.MANAGER, { firstName: 'Same', lastName: 'Name', keyWorkerId: c.users.COUNSELLOR.id });
      await createResident(api, tc.MANAGER, { firstName: 'Same', lastName: 'Name' });
      await createResident(api, tc.MANAGER, { firstName: 'Ana', lastName: 'Novak-Mlakar' });
      await createResident(api, tc.MANAGER, { firstName: '100%', lastName: 'Sure_Thing' });
    });

    async function all(first: number, search?: string) {
      const pageAfter = async (after: string | null) => ok(await api.gql(PAGE, { first, after, search }, { token: tc.COUNSELLOR })).residents;
      const pages = [];
      let after: string | null = null;
      do {
        const page = await pageAfter(after);
        pages.push(page);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return pages;
    }

    it('pages by last name, first name, id with a total count and no duplicates or gaps', async () => {
      const pages = await all(10);
      expect(pages.map((p) => p.edges.length)).toEqual([10, 10, 7]);
      expect(pages.every((p) => p.totalCount === 27)).toBe(true);
      const nodes = pages.flatMap((p) => p.edges.map((e) => e.node));
      expect(new Set(nodes.map((n) => n.id)).size).toBe(27);
      const key = (n: (typeof nodes)[number]) => [n.lastName, n.firstName, n.id];
      const sorted = [...nodes].sort((x, y) => {
        const [kx, ky] = [key(x), key(y)];
        for (let i = 0; i < 3; i++) if (kx[i] !== ky[i]) return kx[i] < ky[i] ? -1 : 1;
        return 0;
      });
      expect(nodes.map((n) => n.id)).toEqual(sorted.map((n) => n.id));
      expect(pages[pages.length - 1].pageInfo.hasNextPage).toBe(false);
      expect(pages[0].edges[pages[0].edges.length - 1].cursor).toBe(pages[0].pageInfo.endCursor);
    });

    it('keeps cursors stable: the same cursor gives the same page even after someone is added before it', async () => {
      const first = ok(await api.gql(PAGE, { first: 5 }, { token: tc.MANAGER })).residents;
      const second = ok(await api.gql(PAGE, { first: 5, after: first.pageInfo.endCursor }, { token: tc.MANAGER })).residents;
      const added = await createResident(api, tc.MANAGER, { firstName: 'Aaron', lastName: 'Aaa' });
      const again = ok(await api.gql(PAGE, { first: 5, after: first.pageInfo.endCursor }, { token: tc.MANAGER })).residents;
      expect(again.edges.map((e) => e.node.id)).toEqual(second.edges.map((e) => e.node.id));
      expect(again.totalCount).toBe(second.totalCount + 1);
      ok(await api.gql(CLOSE, { id: added.id }, { token: tc.MANAGER }));
    });

    it('refuses a page size over 200 and a cursor it did not issue; first: 0 only counts', async () => {
      expect(Object.keys(refused(await api.gql(PAGE, { first: 201 }, { token: tc.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['first']);
      expect(Object.keys(refused(await api.gql(PAGE, { after: 'bm90IGEgY3Vyc29y' }, { token: tc.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['after']);
      const none = ok(await api.gql(PAGE, { first: 0 }, { token: tc.MANAGER })).residents;
      expect(none).toMatchObject({ edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
      expect(none.totalCount).toBeGreaterThan(0);
    });

    it('searches "first last" case-insensitively as a substring, taking % and _ literally', async () => {
      const names = async (search: string) => (await all(50, search)).flatMap((p) => p.edges.map((e) => `${e.node.firstName} ${e.node.lastName}`));
      expect(await names('ANA NOVAK')).toEqual(['Ana Novak-Mlakar']);
      expect(await names('ovak-ml')).toEqual(['Ana Novak-Mlakar']);
      expect((await names('kovač')).length).toBe(5);
      expect(await names('%')).toEqual(['100% Sure_Thing']);
      expect(await names('e_t')).toEqual(['100% Sure_Thing']);
      expect(await names('zzz')).toEqual([]);
      const page = ok(await api.gql(PAGE, { first: 2, search: 'same name' }, { token: tc.MANAGER })).residents;
      expect(page.totalCount).toBe(2);
    });

    it('filters by key worker ("mine") and status', async () => {
      const mine = ok(await api.gql(MINE, {}, { token: tc.COUNSELLOR })).residents;
      expect(mine).toEqual({ totalCount: 1, edges: [{ node: { firstName: 'Same', keyWorker: { id: c.users.COUNSELLOR.id } } }] });
      const closed = ok(await api.gql(CLOSED, {}, { token: tc.COUNSELLOR })).residents;
      expect(closed.totalCount).toBe(1);
    });

    it('searches with an expression the trigram index serves (EXPLAIN as owner, sequential scans off)', async () => {
      const sent = await statementsDuring(api, () => api.gql(PAGE, { first: 5, search: 'novak' }, { token: tc.MANAGER }));
      const search = sent.find((s) => /from resident r/.test(s) && /limit/.test(s));
      // The name predicate exactly as the API sent it; on a tiny tenant the planner may
      // prefer the tenant index for the whole statement, so the predicate is explained alone.
      const predicate = /lower\(r\.first_name \|\| ' ' \|\| r\.last_name\) like lower\(\?\)/.exec(search ?? '')?.[0];
      expect(predicate).toBeDefined();
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query('set enable_seqscan = off');
        const plan = (await client.query(`explain select r.id from resident r where ${predicate!.replace('?', '$1')}`, ['%novak%'])).rows.map((r) => r['QUERY PLAN']).join('\n');
        expect(plan).toMatch(/Bitmap Index Scan on resident_name_trgm_index/);
      } finally {
        await client.end();
      }
    });
  });
});
