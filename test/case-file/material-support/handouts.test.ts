import { Role } from '@bridgeway/shared-domain';
import { errorOf, graphql, ok, refused, type GqlResult } from '../../support/api.js';
import { createDepartment, daysFromToday, insertRelative, insertResident, recordHandout } from '../../support/factories.js';
import type { RecordHandoutInput } from '../../support/gql/graphql.js';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const RECORD = graphql(`mutation HandoutRecord($input: RecordHandoutInput!) {
  recordHandout(input: $input) { id handedOutOn kind quantity anonymousRecipients note createdAt department { id } recordedBy { id } }
}`);
const RECORD_NAMED = graphql(`mutation HandoutRecordNamed($input: RecordHandoutInput!) { recordHandout(input: $input) { id anonymousRecipients resident { id } relative { id } } }`);
const UPDATE = graphql(`mutation HandoutUpdate($input: UpdateHandoutInput!) { updateHandout(input: $input) { id handedOutOn kind quantity anonymousRecipients note department { id } } }`);
const LIST = graphql(`query HandoutList($from: Date, $to: Date, $kind: HandoutKind, $departmentId: ID, $first: Int) {
  handouts(from: $from, to: $to, kind: $kind, departmentId: $departmentId, first: $first) { id handedOutOn kind quantity anonymousRecipients note recordedBy { id } department { id } }
}`);
const LIST_RECIPIENTS = graphql(`query HandoutRecipients($from: Date, $to: Date) { handouts(from: $from, to: $to) { id resident { id } relative { id } } }`);
const FIGURES = graphql(`query HandoutAccessFigures { materialSupportFigures(from: "2025-01-01", to: "2025-12-31") { parcels } }`);

const { MANAGER, COUNSELLOR, GROUP_LEADER, CONSORTIUM_COORDINATOR } = Role;
const ROLES = [CONSORTIUM_COORDINATOR, MANAGER, COUNSELLOR, GROUP_LEADER] as const;
const PARCELS: RecordHandoutInput = { handedOutOn: '2025-03-04', kind: 'FOOD_PARCEL', quantity: 3, anonymousRecipients: 3 };

/** Handouts: named and anonymous recipients, validation, the group leader's limits, lists, audit, roles and tenancy. */
describe('handouts', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('handouts', (suite) => ({ owner, api, a, b, ta, tb } = suite));
  let residentA: string;
  let relativeA: string;

  const handoutsOf = async (tenantId: string) => (await ownerQuery<{ n: number }>(owner, tenantId, 'select count(*)::int as n from handout where tenant_id = ?', [tenantId]))[0].n;

  beforeAll(async () => {
    residentA = await insertResident(owner, a.id);
    relativeA = await insertRelative(owner, a.id);
  });

  it('records an anonymous handout (a group leader too), audited CREATE', async () => {
    const department = await createDepartment(api, ta.MANAGER, { name: 'Food bank' });
    const handout = ok(await api.gql(RECORD, { input: { ...PARCELS, departmentId: department.id, note: ' Tuesday queue ' } }, { token: ta.GROUP_LEADER })).recordHandout;
    expect(handout).toMatchObject({ handedOutOn: '2025-03-04', kind: 'FOOD_PARCEL', quantity: 3, anonymousRecipients: 3, note: 'Tuesday queue', department: { id: department.id }, recordedBy: { id: a.users.GROUP_LEADER.id } });
    expect(await auditOf(owner, a.id, { entityId: handout.id })).toEqual([expect.objectContaining({ action: 'CREATE', entityType: 'Handout', userId: a.users.GROUP_LEADER.id, residentId: null })]);
  });

  it('records a handout to a resident or a relative (case workers); the audit row names the person', async () => {
    const toResident = ok(await api.gql(RECORD_NAMED, { input: { handedOutOn: '2025-03-05', kind: 'CLOTHING', quantity: 2, residentId: residentA } }, { token: ta.COUNSELLOR })).recordHandout;
    expect(toResident).toMatchObject({ anonymousRecipients: null, resident: { id: residentA }, relative: null });
    expect(await auditOf(owner, a.id, { entityId: toResident.id })).toEqual([expect.objectContaining({ residentId: residentA })]);
    const toRelative = ok(await api.gql(RECORD_NAMED, { input: { handedOutOn: '2025-03-05', kind: 'TRANSPORT', quantity: 1, relativeId: relativeA } }, { token: ta.MANAGER })).recordHandout;
    expect(toRelative).toMatchObject({ resident: null, relative: { id: relativeA } });
    expect(await auditOf(owner, a.id, { entityId: toRelative.id })).toEqual([expect.objectContaining({ residentId: null, details: { relativeId: relativeA } })]);
  });

  const invalid: [string, Partial<RecordHandoutInput>, string][] = [
    ['no recipient', { anonymousRecipients: null }, 'residentId'],
    ['two recipients', { residentId: 'RESIDENT' }, 'anonymousRecipients'],
    ['a quantity of 0', { quantity: 0 }, 'quantity'],
    ['a quantity above 10000', { quantity: 10_001 }, 'quantity'],
    ['0 anonymous recipients', { anonymousRecipients: 0 }, 'anonymousRecipients'],
    ['a day in the future', { handedOutOn: daysFromToday(3) }, 'handedOutOn'],
    ['a note too long', { note: 'x'.repeat(2001) }, 'note'],
  ];
  it.each(invalid)('refuses %s with BAD_USER_INPUT on its field and writes nothing', async (_label, change, field) => {
    const input = { ...PARCELS, ...change };
    if (input.residentId === 'RESIDENT') input.residentId = residentA;
    const before = await handoutsOf(a.id);
    expect(Object.keys(refused(await api.gql(RECORD, { input }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields)).toEqual([field]);
    expect(await handoutsOf(a.id)).toBe(before);
  });

  it('lets a group leader record anonymous handouts only, and list handouts without who received them', async () => {
    const before = await handoutsOf(a.id);
    refused(await api.gql(RECORD_NAMED, { input: { handedOutOn: '2022-01-01', kind: 'FOOD_PARCEL', quantity: 1, residentId: residentA } }, { token: ta.GROUP_LEADER }), 'FORBIDDEN');
    refused(await api.gql(RECORD_NAMED, { input: { handedOutOn: '2022-01-01', kind: 'FOOD_PARCEL', quantity: 1, relativeId: relativeA } }, { token: ta.GROUP_LEADER }), 'FORBIDDEN');
    expect(await handoutsOf(a.id)).toBe(before);
    const named = await recordHandout(api, ta.COUNSELLOR, { handedOutOn: '2022-01-02', kind: 'FOOD_PARCEL', quantity: 1, residentId: residentA, note: 'For Ana and her son' });
    const anonymous = await recordHandout(api, ta.GROUP_LEADER, { handedOutOn: '2022-01-01', kind: 'FOOD_PARCEL', quantity: 5, anonymousRecipients: 4, note: 'Queue' });
    const seen = ok(await api.gql(LIST, { from: '2022-01-01', to: '2022-01-31' }, { token: ta.GROUP_LEADER })).handouts;
    expect(seen.map((h) => [h.id, h.quantity, h.anonymousRecipients, h.note])).toEqual([
      [named.id, 1, null, null],
      [anonymous.id, 5, 4, 'Queue'],
    ]);
    expect(await auditOf(owner, a.id, { action: 'READ', entityId: residentA, userId: a.users.GROUP_LEADER.id })).toEqual([]);
    const recipients = await api.gql(LIST_RECIPIENTS, { from: '2022-01-02', to: '2022-01-02' }, { token: ta.GROUP_LEADER });
    expect(recipients.errors?.map((e) => [e.extensions?.code, e.path?.at(-1)])).toEqual([['FORBIDDEN', 'resident'], ['FORBIDDEN', 'relative']]);
    // A case worker sees the recipient and the note; the read is audited.
    expect(ok(await api.gql(LIST_RECIPIENTS, { from: '2022-01-02', to: '2022-01-02' }, { token: ta.MANAGER })).handouts).toEqual([{ id: named.id, resident: { id: residentA }, relative: null }]);
    expect(await auditOf(owner, a.id, { action: 'READ', entityType: 'Resident', entityId: residentA, userId: a.users.MANAGER.id })).not.toEqual([]);
  });

  it('corrects a handout; anonymous recipients only on an anonymous one; audited UPDATE', async () => {
    const department = await createDepartment(api, ta.MANAGER, { name: 'Clothing store' });
    const { id } = await recordHandout(api, ta.GROUP_LEADER, PARCELS);
    const updated = ok(await api.gql(UPDATE, { input: { id, quantity: 6, anonymousRecipients: 5, kind: 'CLOTHING', handedOutOn: '2025-03-03', departmentId: department.id, note: 'Winter coats' } }, { token: ta.COUNSELLOR })).updateHandout;
    expect(updated).toMatchObject({ quantity: 6, anonymousRecipients: 5, kind: 'CLOTHING', handedOutOn: '2025-03-03', department: { id: department.id }, note: 'Winter coats' });
    expect(ok(await api.gql(UPDATE, { input: { id, departmentId: null, note: null } }, { token: ta.MANAGER })).updateHandout).toMatchObject({ department: null, note: null, quantity: 6 });
    const named = await recordHandout(api, ta.COUNSELLOR, { handedOutOn: '2025-03-05', kind: 'OTHER', quantity: 1, relativeId: relativeA });
    expect(refused(await api.gql(UPDATE, { input: { id: named.id, anonymousRecipients: 2 } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ anonymousRecipients: expect.any(String) });
    expect(refused(await api.gql(UPDATE, { input: { id, quantity: 0 } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ quantity: expect.any(String) });
    expect((await auditOf(owner, a.id, { entityId: id })).map((r) => [r.action, r.userId])).toEqual([
      ['CREATE', a.users.GROUP_LEADER.id],
      ['UPDATE', a.users.COUNSELLOR.id],
      ['UPDATE', a.users.MANAGER.id],
    ]);
  });

  it('lists newest first, cut at `first`, by period, kind and department', async () => {
    const depot = await createDepartment(api, ta.MANAGER, { name: 'Depot' });
    const days = ['2021-05-01', '2021-05-15', '2021-05-31', '2021-06-01'];
    const ids: string[] = [];
    for (const [i, handedOutOn] of days.entries()) {
      ids.push((await recordHandout(api, ta.MANAGER, { handedOutOn, kind: i % 2 ? 'CLOTHING' : 'FOOD_PARCEL', quantity: 1, anonymousRecipients: 1, departmentId: i < 2 ? depot.id : null })).id);
    }
    const list = (vars: { from?: string; to?: string; kind?: 'FOOD_PARCEL' | 'CLOTHING'; departmentId?: string; first?: number }) =>
      api.gql(LIST, vars, { token: ta.COUNSELLOR }).then((r) => ok(r).handouts.map((h) => h.id));
    expect(await list({ from: '2021-05-01', to: '2021-05-31' })).toEqual([ids[2], ids[1], ids[0]]);
    expect(await list({ from: '2021-05-01', to: '2021-06-30', first: 1 })).toEqual([ids[3]]);
    expect(await list({ from: '2021-05-01', to: '2021-06-30', kind: 'CLOTHING' })).toEqual([ids[3], ids[1]]);
    expect(await list({ departmentId: depot.id })).toEqual([ids[1], ids[0]]);
    expect(await list({ to: '2021-05-01', from: '2021-01-01' })).toEqual([ids[0]]);
  });

  it("answers NOT_FOUND for another organisation's resident, relative, department and handout", async () => {
    const department = await createDepartment(api, ta.MANAGER, { name: 'A depot' });
    const handout = await recordHandout(api, ta.MANAGER, PARCELS);
    const before = await handoutsOf(b.id);
    const results = await Promise.all([
      api.gql(RECORD_NAMED, { input: { ...PARCELS, anonymousRecipients: null, residentId: residentA } }, { token: tb.COUNSELLOR }),
      api.gql(RECORD_NAMED, { input: { ...PARCELS, anonymousRecipients: null, relativeId: relativeA } }, { token: tb.COUNSELLOR }),
      api.gql(RECORD, { input: { ...PARCELS, departmentId: department.id } }, { token: tb.GROUP_LEADER }),
      api.gql(UPDATE, { input: { id: handout.id, quantity: 9 } }, { token: tb.MANAGER }),
      api.gql(UPDATE, { input: { id: (await recordHandout(api, tb.MANAGER, PARCELS)).id, departmentId: department.id } }, { token: tb.MANAGER }),
      api.gql(LIST, { departmentId: department.id }, { token: tb.MANAGER }),
    ]);
    expect(results.map((r) => errorOf(r).code)).toEqual(Array(results.length).fill('NOT_FOUND'));
    expect(await handoutsOf(b.id)).toBe(before + 1);
    expect(await ownerQuery(owner, a.id, 'select quantity from handout where tenant_id = ? and id = ?', [a.id, handout.id])).toEqual([{ quantity: 3 }]);
  });

  describe('per role', () => {
    // A handout to a person on the day the recipients' fields are read.
    beforeAll(() => recordHandout(api, ta.COUNSELLOR, { handedOutOn: '2025-03-05', kind: 'OTHER', quantity: 1, residentId: residentA }));

    const OPERATIONS: Record<string, { allowed: Role[]; run: (role: Role) => Promise<GqlResult<unknown>> }> = {
      'Query.handouts': { allowed: [MANAGER, COUNSELLOR, GROUP_LEADER], run: (role) => api.gql(LIST, { first: 5 }, { token: ta[role] }) },
      'Handout.resident/relative': { allowed: [MANAGER, COUNSELLOR], run: (role) => api.gql(LIST_RECIPIENTS, { from: '2025-03-05', to: '2025-03-05' }, { token: ta[role] }) },
      'Mutation.recordHandout (anonymous)': { allowed: [MANAGER, COUNSELLOR, GROUP_LEADER], run: (role) => api.gql(RECORD, { input: PARCELS }, { token: ta[role] }) },
      'Mutation.recordHandout (named)': { allowed: [MANAGER, COUNSELLOR], run: (role) => api.gql(RECORD_NAMED, { input: { ...PARCELS, anonymousRecipients: null, residentId: residentA } }, { token: ta[role] }) },
      'Mutation.updateHandout': { allowed: [MANAGER, COUNSELLOR], run: async (role) => api.gql(UPDATE, { input: { id: (await recordHandout(api, ta.MANAGER, PARCELS)).id, quantity: 2 } }, { token: ta[role] }) },
      'Query.materialSupportFigures': { allowed: [MANAGER], run: (role) => api.gql(FIGURES, {}, { token: ta[role] }) },
    };

    it.each(Object.keys(OPERATIONS))('%s', async (name) => {
      const { allowed, run } = OPERATIONS[name];
      const outcome: Record<string, string> = {};
      for (const role of ROLES) {
        const result = await run(role);
        outcome[role] = result.errors?.length ? [...new Set(result.errors.map((e) => e.extensions?.code))].join(',') : 'ok';
      }
      expect(outcome).toEqual(Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? 'ok' : 'FORBIDDEN'])));
    });
  });
});
