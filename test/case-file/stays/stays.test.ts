import { graphql, ok, refused, statementsDuring, withStatements } from '../../support/api.js';
import { ADMIT, DISCHARGE, admit, createResidence, createResident, signInAll } from '../../support/factories.js';
import { auditOf, ownerQuery, tableCounts } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { createTestTenant } from '../../support/tenants.js';

const OCCUPANCY = graphql(`query StayResidenceOccupancy($id: ID!) { residence(id: $id) { capacity occupancy freeBeds beds { id occupant { id } } } }`);
const COUNTS = graphql(`query StayResidenceCounts($id: ID!) { residence(id: $id) { occupancy freeBeds } }`);
const BEDS = graphql(`query StayResidenceBeds($id: ID!) { residence(id: $id) { beds { id room label } } }`);
const CLOSE = graphql(`mutation StayCloseResidence($id: ID!) { closeResidence(id: $id, closedOn: "2026-03-01") { id } }`);
const HISTORY = graphql(`query StayHistory($id: ID!) { resident(id: $id) { currentStay { id residence { name } } stays { id admittedOn dischargeReason residence { name } } } }`);
const LIST = graphql(`query StaysOfResidents { residents(first: 50) { totalCount edges { node { id keyWorker { displayName } currentStay { admittedOn bed { label } residence { name capacity occupancy freeBeds } } stays { id } } } } }`);
const CONTRACT = graphql(`query StaysResidenceNames { residents(first: 50) { edges { node { currentStay { residence { name } } } } } }`);

/** Admissions and discharges through the real API on PostgreSQL. */
describe('stays', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('stays', (suite) => ({ owner, api, a, b, ta, tb } = suite));

  const person = (n: number | string) => ({ firstName: `Stay${n}`, lastName: `Person${n}` });

  it('admits into a free bed: resident IN_RESIDENCE, occupancy and free beds follow, audited', async () => {
    const residence = await createResidence(api, ta.MANAGER, { name: 'Admit House', capacity: 2, openedOn: '2026-01-01' });
    const resident = await createResident(api, ta.COUNSELLOR, person('admit'));
    const res = await api.gql(ADMIT, { input: { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-02-01' } }, { token: ta.COUNSELLOR });
    const stay = ok(res).admitResident;
    expect(stay).toMatchObject({ admittedOn: '2026-02-01', dischargedOn: null, resident: { id: resident.id, status: 'IN_RESIDENCE' }, residence: { id: residence.id, occupancy: 1 } });
    const view = ok(await api.gql(OCCUPANCY, { id: residence.id }, { token: ta.MANAGER })).residence;
    expect(view).toMatchObject({ capacity: 2, occupancy: 1, freeBeds: 1 });
    expect(view.beds.filter((bed) => bed.id === stay.bed.id)[0].occupant).toEqual({ id: resident.id });
    const audit = await auditOf(owner, a.id, { action: 'ADMIT', entityId: stay.id });
    expect(audit).toEqual([expect.objectContaining({ entityType: 'Stay', residentId: resident.id, userId: a.users.COUNSELLOR.id })]);
  });

  it('lets exactly as many racing admissions through as there are beds (10 people, 3 beds)', async () => {
    const residence = await createResidence(api, ta.MANAGER, { name: 'Race House', capacity: 3 });
    const residents = await Promise.all(Array.from({ length: 10 }, (_, i) => createResident(api, ta.MANAGER, person(`race${i}`))));
    const results = await Promise.all(
      residents.map((r) => api.gql(ADMIT, { input: { residentId: r.id, residenceId: residence.id, admittedOn: '2026-03-01' } }, { token: ta.MANAGER })),
    );
    const admitted = results.filter((r) => r.data?.admitResident);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(admitted).toHaveLength(3);
    expect(conflicts).toHaveLength(7);
    expect(conflicts.every((r) => /full/.test(r.errors![0].message))).toBe(true);
    expect(new Set(admitted.map((r) => r.data!.admitResident.bed.id)).size).toBe(3);
    const [db] = await ownerQuery(owner, a.id, 'select count(*)::int as open, count(distinct bed_id)::int as beds from stay where tenant_id = ? and residence_id = ? and discharged_on is null', [a.id, residence.id]);
    expect(db).toEqual({ open: 3, beds: 3 });
    const statuses = await ownerQuery<{ status: string; n: number }>(owner, a.id, `select status, count(*)::int as n from resident where tenant_id = ? and first_name like 'Stayrace%' group by status order by status`, [a.id]);
    expect(statuses).toEqual([{ status: 'IN_RESIDENCE', n: 3 }, { status: 'FOLLOW_UP', n: 7 }]);
    expect(ok(await api.gql(COUNTS, { id: residence.id }, { token: ta.MANAGER })).residence).toEqual({ occupancy: 3, freeBeds: 0 });
  });

  it('admits one person only once when two admissions race into different residences', async () => {
    const [r1, r2] = await Promise.all([createResidence(api, ta.MANAGER, { name: 'Twin 1', capacity: 1 }), createResidence(api, ta.MANAGER, { name: 'Twin 2', capacity: 1 })]);
    const resident = await createResident(api, ta.MANAGER, person('twin'));
    const results = await Promise.all([r1, r2].map((r) => api.gql(ADMIT, { input: { residentId: resident.id, residenceId: r.id, admittedOn: '2026-03-01' } }, { token: ta.MANAGER })));
    expect(results.filter((r) => r.data?.admitResident)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
    const [db] = await ownerQuery<{ n: number }>(owner, a.id, 'select count(*)::int as n from stay where tenant_id = ? and resident_id = ?', [a.id, resident.id]);
    expect(db.n).toBe(1);
  });

  it('refuses a second open stay with CONFLICT and writes nothing', async () => {
    const residence = await createResidence(api, ta.MANAGER, { name: 'Second Stay House', capacity: 3 });
    const resident = await createResident(api, ta.MANAGER, person('second'));
    await admit(api, ta.MANAGER, { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-04-01' });
    const before = await tableCounts(owner, a.id);
    const error = refused(await api.gql(ADMIT, { input: { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-04-02' } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(error.message).toMatch(/already lives in a residence/);
    expect(error.extensions?.reason).toBe('RESIDENT_IN_RESIDENCE');
    expect(await tableCounts(owner, a.id)).toEqual(before);
  });

  it('admits into the bed asked for, and refuses a taken bed or a bed of another residence', async () => {
    const residence = await createResidence(api, ta.MANAGER, { name: 'Bed Choice House', capacity: 2, rooms: [{ name: 'Blue', beds: 2 }] });
    const other = await createResidence(api, ta.MANAGER, { name: 'Other House', capacity: 1 });
    const beds = ok(await api.gql(BEDS, { id: residence.id }, { token: ta.MANAGER })).residence.beds;
    expect(beds.map((x) => `${x.room}/${x.label}`)).toEqual(['Blue/1', 'Blue/2']);
    const [p1, p2] = [await createResident(api, ta.MANAGER, person('bed1')), await createResident(api, ta.MANAGER, person('bed2'))];
    const stay = await admit(api, ta.MANAGER, { residentId: p1.id, residenceId: residence.id, admittedOn: '2026-04-01', bedId: beds[1].id });
    expect(stay.bed.id).toBe(beds[1].id);
    const taken = refused(await api.gql(ADMIT, { input: { residentId: p2.id, residenceId: residence.id, admittedOn: '2026-04-01', bedId: beds[1].id } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(taken.extensions?.reason).toBe('BED_OCCUPIED');
    const wrong = refused(await api.gql(ADMIT, { input: { residentId: p2.id, residenceId: other.id, admittedOn: '2026-04-01', bedId: beds[0].id } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(wrong.fields)).toEqual(['bedId']);
  });

  it('discharges: reason defaults to OTHER, the person moves to follow-up, the bed frees up; a second discharge is a CONFLICT', async () => {
    const residence = await createResidence(api, ta.MANAGER, { name: 'Discharge House', capacity: 1 });
    const resident = await createResident(api, ta.MANAGER, person('discharge'));
    const stay = await admit(api, ta.COUNSELLOR, { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-05-01' });
    const done = ok(await api.gql(DISCHARGE, { input: { stayId: stay.id, dischargedOn: '2026-05-20', note: '  moved in with family ' } }, { token: ta.COUNSELLOR })).dischargeResident;
    expect(done).toEqual({ id: stay.id, admittedOn: '2026-05-01', dischargedOn: '2026-05-20', dischargeReason: 'OTHER', dischargeNote: 'moved in with family', resident: { id: resident.id, status: 'FOLLOW_UP' } });
    expect(ok(await api.gql(COUNTS, { id: residence.id }, { token: ta.MANAGER })).residence).toEqual({ occupancy: 0, freeBeds: 1 });
    expect(await auditOf(owner, a.id, { action: 'DISCHARGE', entityId: stay.id })).toHaveLength(1);
    const again = refused(await api.gql(DISCHARGE, { input: { stayId: stay.id, dischargedOn: '2026-05-21', reason: 'COMPLETED' } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(again.message).toMatch(/already ended on 2026-05-20/);
  });

  it('refuses a discharge before the admission with a field error and changes nothing', async () => {
    const residence = await createResidence(api, ta.MANAGER, { name: 'Early House', capacity: 1 });
    const resident = await createResident(api, ta.MANAGER, person('early'));
    const stay = await admit(api, ta.MANAGER, { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-06-10' });
    const before = await tableCounts(owner, a.id);
    const error = refused(await api.gql(DISCHARGE, { input: { stayId: stay.id, dischargedOn: '2026-06-09', reason: 'RELAPSE' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(error.fields).toEqual({ dischargedOn: expect.stringMatching(/on or after the admission date \(2026-06-10\)/) });
    expect(await tableCounts(owner, a.id)).toEqual(before);
    const [row] = await ownerQuery(owner, a.id, 'select discharged_on from stay where tenant_id = ? and id = ?', [a.id, stay.id]);
    expect(row.discharged_on).toBeNull();
  });

  it('refuses an impossible date (2026-02-30) with BAD_USER_INPUT and writes nothing', async () => {
    const residence = await createResidence(api, ta.MANAGER, { name: 'Calendar House', capacity: 1 });
    const resident = await createResident(api, ta.MANAGER, person('calendar'));
    const before = await tableCounts(owner, a.id);
    const error = refused(await api.gql(ADMIT, { input: { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-02-30' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(error.message).toMatch(/2026-02-30/);
    expect(await tableCounts(owner, a.id)).toEqual(before);
  });

  it('refuses a re-admission dated before the last discharge, and admission to a closed residence', async () => {
    const residence = await createResidence(api, ta.MANAGER, { name: 'Again House', capacity: 1 });
    const resident = await createResident(api, ta.MANAGER, person('again'));
    const stay = await admit(api, ta.MANAGER, { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-01-10' });
    ok(await api.gql(DISCHARGE, { input: { stayId: stay.id, dischargedOn: '2026-02-10', reason: 'MOVED_ON' } }, { token: ta.MANAGER }));
    const early = refused(await api.gql(ADMIT, { input: { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-02-01' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(early.fields)).toEqual(['admittedOn']);
    ok(await api.gql(CLOSE, { id: residence.id }, { token: ta.MANAGER }));
    const closed = refused(await api.gql(ADMIT, { input: { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-03-05' } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(closed.extensions?.reason).toBe('RESIDENCE_CLOSED');
  });

  it('lists stays newest first and the current stay on the resident', async () => {
    const [h1, h2] = [await createResidence(api, ta.MANAGER, { name: 'First Home', capacity: 1 }), await createResidence(api, ta.MANAGER, { name: 'Second Home', capacity: 1 })];
    const resident = await createResident(api, ta.MANAGER, person('history'));
    const first = await admit(api, ta.MANAGER, { residentId: resident.id, residenceId: h1.id, admittedOn: '2025-01-01' });
    ok(await api.gql(DISCHARGE, { input: { stayId: first.id, dischargedOn: '2025-06-30', reason: 'COMPLETED' } }, { token: ta.MANAGER }));
    const second = await admit(api, ta.MANAGER, { residentId: resident.id, residenceId: h2.id, admittedOn: '2025-07-01' });
    const view = ok(await api.gql(HISTORY, { id: resident.id }, { token: ta.COUNSELLOR })).resident;
    expect(view.currentStay).toEqual({ id: second.id, residence: { name: 'Second Home' } });
    expect(view.stays).toEqual([
      { id: second.id, admittedOn: '2025-07-01', dischargeReason: null, residence: { name: 'Second Home' } },
      { id: first.id, admittedOn: '2025-01-01', dischargeReason: 'COMPLETED', residence: { name: 'First Home' } },
    ]);
  });

  it("answers NOT_FOUND to another tenant's ids and changes nothing", async () => {
    const residence = await createResidence(api, ta.MANAGER, { name: 'Private House', capacity: 2 });
    const resident = await createResident(api, ta.MANAGER, person('private'));
    const stay = await admit(api, ta.MANAGER, { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-01-01' });
    const other = await createResident(api, ta.MANAGER, person('private2'));
    const bResidence = await createResidence(api, tb.MANAGER, { name: 'B House', capacity: 2 });
    const bResident = await createResident(api, tb.MANAGER, person('b'));
    const beforeA = await tableCounts(owner, a.id);
    const beforeB = await tableCounts(owner, b.id);
    refused(await api.gql(ADMIT, { input: { residentId: other.id, residenceId: residence.id, admittedOn: '2026-01-02' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(ADMIT, { input: { residentId: other.id, residenceId: bResidence.id, admittedOn: '2026-01-02' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(ADMIT, { input: { residentId: bResident.id, residenceId: residence.id, admittedOn: '2026-01-02' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(DISCHARGE, { input: { stayId: stay.id, dischargedOn: '2026-01-05' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    expect(await tableCounts(owner, a.id)).toEqual(beforeA);
    expect(await tableCounts(owner, b.id)).toEqual(beforeB);
    const [row] = await ownerQuery(owner, a.id, 'select discharged_on from stay where tenant_id = ? and id = ?', [a.id, stay.id]);
    expect(row.discharged_on).toBeNull();
  });

  it.each(['GROUP_LEADER', 'CONSORTIUM_COORDINATOR'] as const)('refuses admissions and discharges to %s with FORBIDDEN', async (role) => {
    const residence = await createResidence(api, ta.MANAGER, { name: `Roles ${role}`, capacity: 1 });
    const resident = await createResident(api, ta.MANAGER, person(`role-${role}`));
    const stay = await admit(api, ta.MANAGER, { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-01-01' });
    refused(await api.gql(ADMIT, { input: { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-01-02' } }, { token: ta[role] }), 'FORBIDDEN');
    refused(await api.gql(DISCHARGE, { input: { stayId: stay.id, dischargedOn: '2026-01-05' } }, { token: ta[role] }), 'FORBIDDEN');
  });

  describe('batching', () => {
    /** A fresh tenant with `n` residents, each admitted into one of a few residences. */
    async function tenantWithResidents(n: number) {
      const t = await createTestTenant(owner, `batch-${n}`);
      const tokens = await signInAll(api, t);
      const homes = await Promise.all([0, 1, 2].map((i) => createResidence(api, tokens.MANAGER, { name: `Batch ${i}`, capacity: 20 })));
      for (let i = 0; i < n; i++) {
        const r = await createResident(api, tokens.MANAGER, { ...person(`batch${i}`), keyWorkerId: t.users.COUNSELLOR.id });
        await admit(api, tokens.MANAGER, { residentId: r.id, residenceId: homes[i % 3].id, admittedOn: '2026-01-01' });
      }
      return tokens;
    }

    it('costs the same number of SQL statements for 5 or 50 residents with their current stay and residence', async () => {
      const small = await tenantWithResidents(5);
      const large = await tenantWithResidents(50);
      const fewer = await withStatements(api, async () => ok(await api.gql(LIST, {}, { token: small.COUNSELLOR })));
      const more = await withStatements(api, async () => ok(await api.gql(LIST, {}, { token: large.COUNSELLOR })));
      expect(fewer.result.residents.edges).toHaveLength(5);
      expect(more.result.residents.edges).toHaveLength(50);
      expect(more.result.residents.edges.every((e) => e.node.currentStay.residence.occupancy > 0 && e.node.keyWorker.displayName)).toBe(true);
      expect(more.statements.length).toBe(fewer.statements.length);
      const s = await statementsDuring(api, () => api.gql(CONTRACT, {}, { token: small.MANAGER }));
      const l = await statementsDuring(api, () => api.gql(CONTRACT, {}, { token: large.MANAGER }));
      expect(l.length).toBe(s.length);
    });
  });
});
