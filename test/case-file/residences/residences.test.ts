import { graphql, ok, refused, statementsDuring, withStatements } from '../../support/api.js';
import { CREATE_RESIDENCE, DISCHARGE, admit, createResidence, createResident, signInAll } from '../../support/factories.js';
import { auditOf, ownerQuery, tableCounts } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { createTestTenant } from '../../support/tenants.js';

const RESIDENCE = graphql(`query Residence($id: ID!) { residence(id: $id) { id name address openedOn closedOn capacity occupancy freeBeds beds { id room label retiredOn occupant { id } } } }`);
const LIST = graphql(`query Residences($all: Boolean) { residences(includeClosed: $all) { id name closedOn capacity occupancy freeBeds } }`);
const UPDATE = graphql(`mutation UpdateResidence($input: UpdateResidenceInput!) { updateResidence(input: $input) { id name address openedOn } }`);
const CLOSE = graphql(`mutation CloseResidence($id: ID!, $on: Date!) { closeResidence(id: $id, closedOn: $on) { id closedOn } }`);
const ADD_BEDS = graphql(`mutation AddBeds($input: AddBedsInput!) { addBeds(input: $input) { id capacity beds { room label } } }`);
const RETIRE = graphql(`mutation RetireBed($input: RetireBedInput!) { retireBed(input: $input) { id capacity freeBeds } }`);
const ALL_BEDS = graphql(`query ResidenceAllBeds($id: ID!) { residence(id: $id) { beds(includeRetired: true) { id retiredOn } } }`);
const BOARD = graphql(`query ResidencesBoardBatch { residences { name capacity occupancy freeBeds beds { label occupant { firstName } } } }`);

describe('residences', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('residences', (suite) => ({ owner, api, a, b, ta, tb } = suite));

  it('creates a residence with `capacity` beds, one per room by default, audited', async () => {
    const created = ok(await api.gql(CREATE_RESIDENCE, { input: { name: '  Hiša Sonce ', capacity: 3 } }, { token: ta.MANAGER })).createResidence;
    expect(created).toMatchObject({ name: 'Hiša Sonce', capacity: 3, occupancy: 0, freeBeds: 3, closedOn: null });
    const view = ok(await api.gql(RESIDENCE, { id: created.id }, { token: ta.COUNSELLOR })).residence;
    expect(view.beds.map((x) => [x.room, x.label, x.occupant])).toEqual([['1', '1', null], ['2', '1', null], ['3', '1', null]]);
    expect(await auditOf(owner, a.id, { action: 'CREATE', entityId: created.id })).toEqual([expect.objectContaining({ entityType: 'Residence', userId: a.users.MANAGER.id })]);
  });

  it('creates beds in the rooms given, and refuses rooms that do not add up to the capacity', async () => {
    const input = { name: 'Rooms House', capacity: 5, address: 'Trubarjeva 1, Ljubljana', openedOn: '2025-09-01', rooms: [{ name: '10', beds: 2 }, { name: '2', beds: 3 }] };
    const created = ok(await api.gql(CREATE_RESIDENCE, { input }, { token: ta.MANAGER })).createResidence;
    const view = ok(await api.gql(RESIDENCE, { id: created.id }, { token: ta.MANAGER })).residence;
    expect(view).toMatchObject({ address: 'Trubarjeva 1, Ljubljana', openedOn: '2025-09-01', capacity: 5 });
    expect(view.beds.map((x) => `${x.room}/${x.label}`)).toEqual(['2/1', '2/2', '2/3', '10/1', '10/2']);
    const before = await tableCounts(owner, a.id);
    const error = refused(await api.gql(CREATE_RESIDENCE, { input: { ...input, capacity: 4 } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(error.fields).toEqual({ rooms: 'The rooms hold 5 beds but the capacity is 4' });
    expect(await tableCounts(owner, a.id)).toEqual(before);
  });

  it.each([
    [{ name: 'Neg', capacity: -2 }, ['capacity']],
    [{ name: 'Zero', capacity: 0 }, ['capacity']],
    [{ name: 'Huge', capacity: 201 }, ['capacity']],
    [{ name: '   ', capacity: 2 }, ['name']],
    [{ name: 'Bad room', capacity: 1, rooms: [{ name: '', beds: 1 }] }, ['rooms.0.name']],
  ])('refuses %j with BAD_USER_INPUT on %j and writes nothing', async (input, fields) => {
    const before = await tableCounts(owner, a.id);
    const error = refused(await api.gql(CREATE_RESIDENCE, { input }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(error.fields)).toEqual(fields);
    expect(await tableCounts(owner, a.id)).toEqual(before);
  });

  it('refuses an impossible opening date (2026-02-30) and writes nothing', async () => {
    const before = await tableCounts(owner, a.id);
    refused(await api.gql(CREATE_RESIDENCE, { input: { name: 'Feb', capacity: 1, openedOn: '2026-02-30' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(await tableCounts(owner, a.id)).toEqual(before);
  });

  it('updates name, address and opening date; null clears the address', async () => {
    const created = await createResidence(api, ta.MANAGER, { name: 'Old Name', capacity: 1, address: 'Somewhere 1' });
    expect(ok(await api.gql(UPDATE, { input: { id: created.id, name: 'New Name', openedOn: '2024-05-01' } }, { token: ta.MANAGER })).updateResidence).toEqual({ id: created.id, name: 'New Name', address: 'Somewhere 1', openedOn: '2024-05-01' });
    expect(ok(await api.gql(UPDATE, { input: { id: created.id, address: null } }, { token: ta.MANAGER })).updateResidence.address).toBeNull();
    expect(Object.keys(refused(await api.gql(UPDATE, { input: { id: created.id, name: '' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['name']);
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Early', lastName: 'Bird' });
    await admit(api, ta.MANAGER, { residentId: resident.id, residenceId: created.id, admittedOn: '2024-06-01' });
    const late = refused(await api.gql(UPDATE, { input: { id: created.id, openedOn: '2024-07-01' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(late.fields).toEqual({ openedOn: 'The opening date must be on or before the first admission (2024-06-01)' });
    expect(await auditOf(owner, a.id, { action: 'UPDATE', entityId: created.id })).toHaveLength(2);
  });

  it('reports capacity, occupancy and free beds; adds beds to a room and retires only free beds', async () => {
    const created = await createResidence(api, ta.MANAGER, { name: 'Counting House', capacity: 2 });
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Count', lastName: 'Me' });
    const stay = await admit(api, ta.MANAGER, { residentId: resident.id, residenceId: created.id, admittedOn: '2026-01-01' });
    expect(ok(await api.gql(RESIDENCE, { id: created.id }, { token: ta.MANAGER })).residence).toMatchObject({ capacity: 2, occupancy: 1, freeBeds: 1 });
    const grown = ok(await api.gql(ADD_BEDS, { input: { residenceId: created.id, room: '1', count: 2 } }, { token: ta.MANAGER })).addBeds;
    expect(grown.capacity).toBe(4);
    expect(grown.beds.map((x) => `${x.room}/${x.label}`)).toEqual(['1/1', '1/2', '1/3', '2/1']);
    const occupied = refused(await api.gql(RETIRE, { input: { bedId: stay.bed.id, retiredOn: '2026-02-01' } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(occupied.extensions?.reason).toBe('BED_OCCUPIED');
    const view = ok(await api.gql(RESIDENCE, { id: created.id }, { token: ta.MANAGER })).residence;
    const [free] = view.beds.filter((x) => x.occupant === null);
    expect(ok(await api.gql(RETIRE, { input: { bedId: free.id, retiredOn: '2026-02-01' } }, { token: ta.MANAGER })).retireBed).toEqual({ id: created.id, capacity: 3, freeBeds: 2 });
    const all = ok(await api.gql(ALL_BEDS, { id: created.id }, { token: ta.MANAGER })).residence.beds;
    expect(all.filter((x) => x.id === free.id)[0].retiredOn).toBe('2026-02-01');
    refused(await api.gql(RETIRE, { input: { bedId: free.id, retiredOn: '2026-02-02' } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(Object.keys(refused(await api.gql(ADD_BEDS, { input: { residenceId: created.id, room: '1', count: 0 } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['count']);
  });

  it('closes a residence only once nobody lives there, and lists open residences first', async () => {
    const created = await createResidence(api, ta.MANAGER, { name: 'AAA Closing House', capacity: 1, openedOn: '2025-01-01' });
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Last', lastName: 'One' });
    const stay = await admit(api, ta.MANAGER, { residentId: resident.id, residenceId: created.id, admittedOn: '2026-01-01' });
    const before = await tableCounts(owner, a.id);
    const living = refused(await api.gql(CLOSE, { id: created.id, on: '2026-03-01' }, { token: ta.MANAGER }), 'CONFLICT');
    expect(living).toMatchObject({ message: expect.stringMatching(/1 person still lives/), extensions: { reason: 'RESIDENCE_OCCUPIED', occupancy: 1 } });
    expect(await tableCounts(owner, a.id)).toEqual(before);
    ok(await api.gql(DISCHARGE, { input: { stayId: stay.id, dischargedOn: '2026-02-15', reason: 'COMPLETED' } }, { token: ta.MANAGER }));
    const early = refused(await api.gql(CLOSE, { id: created.id, on: '2026-02-01' }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(early.fields).toEqual({ closedOn: 'The closing date must be on or after the last discharge (2026-02-15)' });
    expect(ok(await api.gql(CLOSE, { id: created.id, on: '2026-03-01' }, { token: ta.MANAGER })).closeResidence).toEqual({ id: created.id, closedOn: '2026-03-01' });
    refused(await api.gql(CLOSE, { id: created.id, on: '2026-03-02' }, { token: ta.MANAGER }), 'CONFLICT');
    expect(await auditOf(owner, a.id, { action: 'CLOSE', entityId: created.id })).toHaveLength(1);
    const open = ok(await api.gql(LIST, {}, { token: ta.COUNSELLOR })).residences;
    expect(open.some((r) => r.id === created.id)).toBe(false);
    const all = ok(await api.gql(LIST, { all: true }, { token: ta.COUNSELLOR })).residences;
    expect(all.at(-1)).toMatchObject({ id: created.id, closedOn: '2026-03-01' });
    expect(all.slice(0, -1).every((r) => r.closedOn === null)).toBe(true);
    const openNames = all.slice(0, -1).map((r) => r.name);
    expect(openNames).toEqual([...openNames].sort((x: string, y: string) => x.localeCompare(y, undefined, { sensitivity: 'base' })));
  });

  it('costs a fixed number of SQL statements for a list of residences with their counts and occupants', async () => {
    const fresh = async (n: number) => {
      const t = await createTestTenant(owner, `residences-batch-${n}`);
      const tokens = await signInAll(api, t);
      for (let i = 0; i < n; i++) {
        const residence = await createResidence(api, tokens.MANAGER, { name: `Batch ${i}`, capacity: 2 });
        const resident = await createResident(api, tokens.MANAGER, { firstName: `R${i}`, lastName: 'Batch' });
        await admit(api, tokens.MANAGER, { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-01-01' });
      }
      return tokens;
    };
    const [two, eight] = [await fresh(2), await fresh(8)];
    const small = await statementsDuring(api, () => api.gql(BOARD, {}, { token: two.MANAGER }));
    const large = await withStatements(api, async () => ok(await api.gql(BOARD, {}, { token: eight.MANAGER })).residences);
    expect(large.result).toHaveLength(8);
    expect(large.result.every((r) => r.capacity === 2 && r.occupancy === 1 && r.freeBeds === 1)).toBe(true);
    expect(large.statements.length).toBe(small.length);
  });

  it("answers NOT_FOUND to another tenant's residence and bed ids and changes nothing", async () => {
    const created = await createResidence(api, ta.MANAGER, { name: 'Tenant A House', capacity: 1 });
    const bedId = ok(await api.gql(RESIDENCE, { id: created.id }, { token: ta.MANAGER })).residence.beds[0].id;
    const beforeA = await tableCounts(owner, a.id);
    const beforeB = await tableCounts(owner, b.id);
    refused(await api.gql(RESIDENCE, { id: created.id }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(RESIDENCE, { id: 'nope' }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(UPDATE, { input: { id: created.id, name: 'Stolen' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(CLOSE, { id: created.id, on: '2026-01-01' }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(ADD_BEDS, { input: { residenceId: created.id, room: 'X' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(RETIRE, { input: { bedId, retiredOn: '2026-01-01' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    expect(ok(await api.gql(LIST, { all: true }, { token: tb.MANAGER })).residences.some((r) => r.id === created.id)).toBe(false);
    expect(await tableCounts(owner, a.id)).toEqual(beforeA);
    expect(await tableCounts(owner, b.id)).toEqual(beforeB);
    const [row] = await ownerQuery<{ name: string }>(owner, a.id, 'select name from residence where tenant_id = ? and id = ?', [a.id, created.id]);
    expect(row.name).toBe('Tenant A House');
  });

  it('lets counsellors read but not change residences; group leaders and coordinators get FORBIDDEN', async () => {
    const created = await createResidence(api, ta.MANAGER, { name: 'Roles House', capacity: 1 });
    ok(await api.gql(LIST, {}, { token: ta.COUNSELLOR }));
    refused(await api.gql(CREATE_RESIDENCE, { input: { name: 'C', capacity: 1 } }, { token: ta.COUNSELLOR }), 'FORBIDDEN');
    refused(await api.gql(UPDATE, { input: { id: created.id, name: 'C' } }, { token: ta.COUNSELLOR }), 'FORBIDDEN');
    refused(await api.gql(CLOSE, { id: created.id, on: '2026-01-01' }, { token: ta.COUNSELLOR }), 'FORBIDDEN');
    refused(await api.gql(ADD_BEDS, { input: { residenceId: created.id, room: 'X' } }, { token: ta.COUNSELLOR }), 'FORBIDDEN');
    for (const role of ['GROUP_LEADER', 'CONSORTIUM_COORDINATOR'] as const) {
      refused(await api.gql(LIST, {}, { token: ta[role] }), 'FORBIDDEN');
      refused(await api.gql(RESIDENCE, { id: created.id }, { token: ta[role] }), 'FORBIDDEN');
      refused(await api.gql(CREATE_RESIDENCE, { input: { name: 'G', capacity: 1 } }, { token: ta[role] }), 'FORBIDDEN');
    }
  });
});
