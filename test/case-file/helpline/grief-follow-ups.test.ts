import { errorOf, graphql, ok, refused } from '../../support/api.js';
import { createDepartment, daysFromToday, insertRelative, insertStaff, startGriefFollowUp } from '../../support/factories.js';
import { Role } from '@bridgeway/shared-domain';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const START = graphql(`mutation GriefStart($input: StartGriefFollowUpInput!) {
  startGriefFollowUp(input: $input) {
    id startedOn status note version relative { id } responsible { id } department { id } contacts { id plannedOn status doneOn note }
  }
}`);
const UPDATE_PLAN = graphql(`mutation GriefUpdatePlan($input: UpdateGriefFollowUpInput!) { updateGriefFollowUp(input: $input) { id status note version } }`);
const ADD = graphql(`mutation GriefAddContact($followUpId: ID!, $plannedOn: Date!) { addPlannedContact(followUpId: $followUpId, plannedOn: $plannedOn) { id plannedOn status doneOn } }`);
const UPDATE_CONTACT = graphql(`mutation GriefUpdateContact($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id plannedOn status doneOn note } }`);
const PLANS = graphql(`query GriefPlans($status: FollowUpStatus, $departmentId: ID, $first: Int) {
  griefFollowUps(status: $status, departmentId: $departmentId, first: $first) { id startedOn status relative { id } contacts(first: 2) { plannedOn } }
}`);
const OF_RELATIVE = graphql(`query GriefOfRelative($id: ID!) { relative(id: $id) { id griefFollowUps { id startedOn contacts { plannedOn status } } } }`);
const PLAN_IDS = graphql(`query GriefPlanIds { griefFollowUps(first: 200) { id } }`);

/** Grief follow-up plans: planned contacts and their statuses, lists, audit, version conflicts, tenancy. */
describe('grief follow-ups', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('grief', (suite) => ({ owner, api, a, b, ta, tb } = suite));
  let relativeA: string;

  beforeAll(async () => {
    relativeA = await insertRelative(owner, a.id);
  });

  it('starts a plan with its planned contacts in date order, responsible me by default; audited', async () => {
    const plan = ok(await api.gql(START, { input: { relativeId: relativeA, startedOn: '2025-01-06', plannedOn: ['2025-03-01', '2025-01-13', '2025-02-01'], note: ' After the funeral ' } }, { token: ta.COUNSELLOR })).startGriefFollowUp;
    expect(plan).toMatchObject({ startedOn: '2025-01-06', status: 'ACTIVE', note: 'After the funeral', version: 1, relative: { id: relativeA }, responsible: { id: a.users.COUNSELLOR.id }, department: null });
    expect(plan.contacts.map((c) => [c.plannedOn, c.status, c.doneOn])).toEqual([
      ['2025-01-13', 'PLANNED', null],
      ['2025-02-01', 'PLANNED', null],
      ['2025-03-01', 'PLANNED', null],
    ]);
    expect(await auditOf(owner, a.id, { entityId: plan.id })).toEqual([expect.objectContaining({ action: 'CREATE', entityType: 'GriefFollowUp', userId: a.users.COUNSELLOR.id, details: { relativeId: relativeA, plannedContacts: 3 } })]);
  });

  it('records how each contact went: DONE (default today), MISSED, CANCELLED; a later status clears the day', async () => {
    const plan = await startGriefFollowUp(api, ta.MANAGER, { relativeId: relativeA, startedOn: '2025-04-01', plannedOn: ['2025-04-08', '2025-04-22', '2025-05-06'] });
    const [first, second, third] = plan.contacts;
    const done = ok(await api.gql(UPDATE_CONTACT, { input: { id: first.id, status: 'DONE', doneOn: '2025-04-09', note: 'Long call' } }, { token: ta.COUNSELLOR })).updatePlannedContact;
    expect(done).toMatchObject({ status: 'DONE', doneOn: '2025-04-09', note: 'Long call' });
    const today = ok(await api.gql(UPDATE_CONTACT, { input: { id: second.id, status: 'DONE' } }, { token: ta.COUNSELLOR })).updatePlannedContact;
    // "Today" in Oslo: the UTC day or the one after it.
    expect([daysFromToday(0), daysFromToday(1)]).toContain(today.doneOn);
    expect(ok(await api.gql(UPDATE_CONTACT, { input: { id: second.id, status: 'MISSED' } }, { token: ta.COUNSELLOR })).updatePlannedContact).toMatchObject({ status: 'MISSED', doneOn: null });
    expect(ok(await api.gql(UPDATE_CONTACT, { input: { id: third.id, status: 'CANCELLED', note: 'Moved away' } }, { token: ta.MANAGER })).updatePlannedContact).toMatchObject({ status: 'CANCELLED', doneOn: null, note: 'Moved away' });
    // The note stays unless it is given.
    expect(ok(await api.gql(UPDATE_CONTACT, { input: { id: first.id, status: 'DONE', doneOn: '2025-04-10' } }, { token: ta.COUNSELLOR })).updatePlannedContact).toMatchObject({ doneOn: '2025-04-10', note: 'Long call' });
    expect((await auditOf(owner, a.id, { entityType: 'PlannedContact', entityId: second.id })).map((r) => [r.action, r.details?.status])).toEqual([
      ['UPDATE', 'DONE'],
      ['UPDATE', 'MISSED'],
    ]);
    const stored = await ownerQuery<{ status: string; done_on: string | null }>(owner, a.id, `select status, to_char(done_on, 'YYYY-MM-DD') as done_on from planned_contact where tenant_id = ? and follow_up_id = ? order by planned_on`, [a.id, plan.id]);
    expect(stored).toEqual([{ status: 'DONE', done_on: '2025-04-10' }, { status: 'MISSED', done_on: null }, { status: 'CANCELLED', done_on: null }]);
  });

  it('refuses a done day in the future or on a contact not done, and a planned day before the plan', async () => {
    const plan = await startGriefFollowUp(api, ta.COUNSELLOR, { relativeId: relativeA, startedOn: '2025-06-01', plannedOn: ['2025-06-08'] });
    const [contact] = plan.contacts;
    expect(refused(await api.gql(UPDATE_CONTACT, { input: { id: contact.id, status: 'DONE', doneOn: daysFromToday(3) } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ doneOn: expect.any(String) });
    expect(refused(await api.gql(UPDATE_CONTACT, { input: { id: contact.id, status: 'MISSED', doneOn: '2025-06-08' } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ doneOn: expect.any(String) });
    expect(refused(await api.gql(ADD, { followUpId: plan.id, plannedOn: '2025-05-31' }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ plannedOn: expect.any(String) });
    expect(refused(await api.gql(START, { input: { relativeId: relativeA, startedOn: '2025-06-01', plannedOn: ['2025-06-08', '2025-05-01'] } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ 'plannedOn.1': expect.any(String) });
    expect(refused(await api.gql(START, { input: { relativeId: relativeA, startedOn: '2025-06-01', plannedOn: ['2025-06-08', '2025-06-08'] } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ plannedOn: expect.any(String) });
    expect(refused(await api.gql(START, { input: { relativeId: relativeA, startedOn: '2025-06-01', plannedOn: [], note: 'x'.repeat(2001) } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ note: expect.any(String) });
  });

  it('adds contacts to an active plan only; status changes use the version (CONFLICT when stale)', async () => {
    const plan = await startGriefFollowUp(api, ta.COUNSELLOR, { relativeId: relativeA, startedOn: '2025-07-01', plannedOn: [] });
    expect(ok(await api.gql(ADD, { followUpId: plan.id, plannedOn: '2025-07-15' }, { token: ta.COUNSELLOR })).addPlannedContact).toMatchObject({ plannedOn: '2025-07-15', status: 'PLANNED', doneOn: null });
    const completed = ok(await api.gql(UPDATE_PLAN, { input: { id: plan.id, version: 1, status: 'COMPLETED', note: 'Doing well' } }, { token: ta.COUNSELLOR })).updateGriefFollowUp;
    expect(completed).toMatchObject({ status: 'COMPLETED', note: 'Doing well', version: 2 });
    const stale = errorOf(await api.gql(UPDATE_PLAN, { input: { id: plan.id, version: 1, status: 'ENDED' } }, { token: ta.MANAGER }));
    expect([stale.code, stale.extensions.reason, stale.extensions.currentVersion]).toEqual(['CONFLICT', 'VERSION_MISMATCH', 2]);
    expect(refused(await api.gql(ADD, { followUpId: plan.id, plannedOn: '2025-08-01' }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT').fields).toEqual({ followUpId: expect.any(String) });
    expect(ok(await api.gql(UPDATE_PLAN, { input: { id: plan.id, version: 2, status: 'ACTIVE', note: null } }, { token: ta.MANAGER })).updateGriefFollowUp).toMatchObject({ status: 'ACTIVE', note: null, version: 3 });
    ok(await api.gql(ADD, { followUpId: plan.id, plannedOn: '2025-08-01' }, { token: ta.COUNSELLOR }));
    expect((await auditOf(owner, a.id, { entityId: plan.id })).map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
  });

  it('names another counsellor or manager responsible, never a group leader or a disabled account', async () => {
    const second = await insertStaff(owner, a, Role.COUNSELLOR, 'grief-second');
    expect(ok(await api.gql(START, { input: { relativeId: relativeA, startedOn: '2025-01-01', plannedOn: [], responsibleId: second.id } }, { token: ta.MANAGER })).startGriefFollowUp.responsible).toEqual({ id: second.id });
    expect(refused(await api.gql(START, { input: { relativeId: relativeA, startedOn: '2025-01-01', plannedOn: [], responsibleId: a.users.GROUP_LEADER.id } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toEqual({ responsibleId: expect.any(String) });
  });

  it('lists plans newest first, by status and department, and a relative\'s plans on the Relative (read audited)', async () => {
    const relative = await insertRelative(owner, a.id);
    const department = await createDepartment(api, ta.MANAGER, { name: 'Grief group' });
    const older = await startGriefFollowUp(api, ta.COUNSELLOR, { relativeId: relative, startedOn: '2020-01-01', plannedOn: ['2020-01-02', '2020-01-03', '2020-01-04'], departmentId: department.id });
    const newer = await startGriefFollowUp(api, ta.COUNSELLOR, { relativeId: relative, startedOn: '2020-02-01', plannedOn: ['2020-02-02'], departmentId: department.id });
    ok(await api.gql(UPDATE_PLAN, { input: { id: older.id, version: 1, status: 'ENDED' } }, { token: ta.COUNSELLOR }));
    const byDepartment = ok(await api.gql(PLANS, { departmentId: department.id }, { token: ta.MANAGER })).griefFollowUps;
    expect(byDepartment.map((p) => [p.id, p.status, p.contacts.map((c) => c.plannedOn)])).toEqual([
      [newer.id, 'ACTIVE', ['2020-02-02']],
      [older.id, 'ENDED', ['2020-01-02', '2020-01-03']],
    ]);
    expect(ok(await api.gql(PLANS, { departmentId: department.id, status: 'ENDED' }, { token: ta.MANAGER })).griefFollowUps.map((p) => p.id)).toEqual([older.id]);
    expect(ok(await api.gql(PLANS, { departmentId: department.id, first: 1 }, { token: ta.MANAGER })).griefFollowUps.map((p) => p.id)).toEqual([newer.id]);
    const all = ok(await api.gql(PLAN_IDS, {}, { token: ta.COUNSELLOR })).griefFollowUps.map((p) => p.id);
    expect(all.indexOf(newer.id)).toBeLessThan(all.indexOf(older.id));

    const reads = async () => (await auditOf(owner, a.id, { action: 'READ', entityType: 'Relative', entityId: relative, userId: a.users.MANAGER.id })).length;
    const before = await reads();
    ok(await api.gql(PLANS, { departmentId: department.id, status: 'ENDED' }, { token: ta.MANAGER }));
    expect(await reads()).toBe(before + 1);

    const onRelative = ok(await api.gql(OF_RELATIVE, { id: relative }, { token: ta.COUNSELLOR })).relative;
    expect(onRelative.griefFollowUps.map((p) => [p.id, p.startedOn, p.contacts.length])).toEqual([
      [newer.id, '2020-02-01', 1],
      [older.id, '2020-01-01', 3],
    ]);
  });

  it("answers NOT_FOUND for another organisation's relative, staff member, department, plan and contact", async () => {
    const department = await createDepartment(api, ta.MANAGER, { name: 'Grief A only' });
    const plan = await startGriefFollowUp(api, ta.COUNSELLOR, { relativeId: relativeA, startedOn: '2025-01-01', plannedOn: ['2025-01-08'] });
    const relativeB = await insertRelative(owner, b.id);
    const plansOfB = async () => (await ownerQuery<{ n: number }>(owner, b.id, 'select count(*)::int as n from grief_follow_up where tenant_id = ?', [b.id]))[0].n;
    const before = await plansOfB();
    const results = await Promise.all([
      api.gql(START, { input: { relativeId: relativeA, startedOn: '2025-01-01', plannedOn: [] } }, { token: tb.COUNSELLOR }),
      api.gql(START, { input: { relativeId: relativeB, startedOn: '2025-01-01', plannedOn: [], responsibleId: a.users.COUNSELLOR.id } }, { token: tb.COUNSELLOR }),
      api.gql(START, { input: { relativeId: relativeB, startedOn: '2025-01-01', plannedOn: [], departmentId: department.id } }, { token: tb.COUNSELLOR }),
      api.gql(UPDATE_PLAN, { input: { id: plan.id, version: 1, status: 'ENDED' } }, { token: tb.MANAGER }),
      api.gql(ADD, { followUpId: plan.id, plannedOn: '2025-02-01' }, { token: tb.MANAGER }),
      api.gql(UPDATE_CONTACT, { input: { id: plan.contacts[0].id, status: 'DONE', doneOn: '2025-01-08' } }, { token: tb.MANAGER }),
      api.gql(PLANS, { departmentId: department.id }, { token: tb.MANAGER }),
    ]);
    expect(results.map((r) => errorOf(r).code)).toEqual(Array(results.length).fill('NOT_FOUND'));
    expect(await plansOfB()).toBe(before);
    const stored = await ownerQuery(owner, a.id, `select f.status as plan, c.status as contact, f.version from grief_follow_up f join planned_contact c on c.tenant_id = f.tenant_id and c.follow_up_id = f.id where f.tenant_id = ? and f.id = ?`, [a.id, plan.id]);
    expect(stored).toEqual([{ plan: 'ACTIVE', contact: 'PLANNED', version: 1 }]);
  });
});
