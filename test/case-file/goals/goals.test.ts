import { Role } from '@bridgeway/shared-domain';
import { errorOf, graphql, ok } from '../../support/api.js';
import { insertResident } from '../../support/factories.js';
import type { CreateGoalInput } from '../../support/gql/graphql.js';
import { auditOf, storedGoal } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const CREATE = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { ...GoalFields } }
  fragment GoalFields on Goal {
    id domain title description targetDate status progress version createdAt updatedAt resident { id }
    history { fromStatus toStatus fromProgress toProgress note changedAt changedBy { id } }
  }
`);
const PROGRESS = graphql(`mutation UpdateGoalProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { ...GoalFields } }`);
const UPDATE = graphql(`mutation UpdateGoal($input: UpdateGoalInput!) { updateGoal(input: $input) { ...GoalFields } }`);
const GOAL = graphql(`query Goal($id: ID!) { goal(id: $id) { ...GoalFields } }`);
const WITH_RESIDENT = graphql(`query GoalWithResident($id: ID!) { goal(id: $id) { id title resident { id goals { id title } } } }`);

/** Goals: creation with the first history entry, progress and edits under the version rule, tenancy, roles, audit. */
describe('goals', () => {
  let { owner, api, a, b, ta: tokenA, tb: tokenB } = {} as CaseFileSuite;
  caseFileSuite('goals', (suite) => ({ owner, api, a, b, ta: tokenA, tb: tokenB } = suite));
  let residentA: string;

  const create = async (token: string, input: CreateGoalInput) => api.gql(CREATE, { input }, { token });
  const newGoal = async (extra: Partial<CreateGoalInput> = {}) => ok(await create(tokenA.COUNSELLOR, { residentId: residentA, domain: 'WORK', title: 'Find a job', ...extra })).createGoal;

  beforeAll(async () => {
    residentA = await insertResident(owner, a.id);
  });

  it('creates a goal with the contract input, defaults PLANNED / 0 / version 1, and writes the first history entry and a CREATE audit row', async () => {
    const goal = await newGoal({ title: '  Find a job  ' });
    expect(goal).toMatchObject({ domain: 'WORK', title: 'Find a job', description: null, targetDate: null, status: 'PLANNED', progress: 0, version: 1, resident: { id: residentA } });
    expect(new Date(goal.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(goal.history).toEqual([
      { fromStatus: null, toStatus: 'PLANNED', fromProgress: null, toProgress: 0, note: null, changedAt: expect.any(String), changedBy: { id: a.users.COUNSELLOR.id } },
    ]);
    expect(await auditOf(owner, a.id, { entityId: goal.id })).toEqual([expect.objectContaining({ action: 'CREATE', entityType: 'Goal', userId: a.users.COUNSELLOR.id, residentId: residentA })]);
  });

  it('stores the optional description, target date, status, progress and note', async () => {
    const goal = await newGoal({ domain: 'HOUSING', description: 'Own flat', targetDate: '2027-06-30', status: 'IN_PROGRESS', progress: 20, note: 'Agreed at intake' });
    expect(goal).toMatchObject({ domain: 'HOUSING', description: 'Own flat', targetDate: '2027-06-30', status: 'IN_PROGRESS', progress: 20 });
    expect(goal.history[0]).toMatchObject({ toStatus: 'IN_PROGRESS', toProgress: 20, note: 'Agreed at intake' });
  });

  it('keeps ACHIEVED and progress 100 together: default 100 when created ACHIEVED, refusal of any other progress', async () => {
    expect(await newGoal({ status: 'ACHIEVED' })).toMatchObject({ status: 'ACHIEVED', progress: 100 });
    expect(errorOf(await create(tokenA.COUNSELLOR, { residentId: residentA, domain: 'WORK', title: 'x', status: 'ACHIEVED', progress: 80 }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { progress: expect.any(String) } });
    const goal = await newGoal({ status: 'IN_PROGRESS', progress: 90 });
    const refused = errorOf(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 1, progress: 95, status: 'ACHIEVED' } }, { token: tokenA.COUNSELLOR }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: { progress: expect.any(String) } });
    const achieved = ok(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 1, progress: 100, status: 'ACHIEVED', note: 'Signed the contract' } }, { token: tokenA.COUNSELLOR }));
    expect(achieved.updateGoalProgress).toMatchObject({ status: 'ACHIEVED', progress: 100, version: 2 });
    // Status omitted means unchanged: an achieved goal cannot drop below 100 without a new status.
    expect(errorOf(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 2, progress: 60 } }, { token: tokenA.COUNSELLOR })).fields).toHaveProperty('progress');
    const reopened = ok(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 2, progress: 60, status: 'IN_PROGRESS' } }, { token: tokenA.COUNSELLOR }));
    expect(reopened.updateGoalProgress).toMatchObject({ status: 'IN_PROGRESS', progress: 60, version: 3 });
  });

  it('records progress: bumps the version, appends who / when / from → to / note, audits UPDATE', async () => {
    const goal = await newGoal();
    const updated = ok(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 1, progress: 40, status: 'IN_PROGRESS', note: 'CV written' } }, { token: tokenA.MANAGER })).updateGoalProgress;
    expect(updated).toMatchObject({ status: 'IN_PROGRESS', progress: 40, version: 2 });
    expect(new Date(updated.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(goal.updatedAt).getTime());
    expect(updated.history).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'PLANNED' }),
      { fromStatus: 'PLANNED', toStatus: 'IN_PROGRESS', fromProgress: 0, toProgress: 40, note: 'CV written', changedAt: expect.any(String), changedBy: { id: a.users.MANAGER.id } },
    ]);
    // Status omitted: unchanged.
    const next = ok(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 2, progress: 55 } }, { token: tokenA.COUNSELLOR })).updateGoalProgress;
    expect(next).toMatchObject({ status: 'IN_PROGRESS', progress: 55, version: 3 });
    expect(next.history.at(-1)).toMatchObject({ fromStatus: 'IN_PROGRESS', toStatus: 'IN_PROGRESS', fromProgress: 40, toProgress: 55, note: null });
    expect((await auditOf(owner, a.id, { entityId: goal.id })).map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
  });

  it('refuses progress outside 0..100 with the field progress and changes nothing', async () => {
    const goal = await newGoal();
    for (const progress of [-1, 101]) {
      const error = errorOf(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 1, progress } }, { token: tokenA.COUNSELLOR }));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.fields)).toEqual(['progress']);
    }
    expect(errorOf(await create(tokenA.COUNSELLOR, { residentId: residentA, domain: 'WORK', title: '   ' })).fields).toEqual({ title: expect.any(String) });
    const stored = await storedGoal(owner, a.id, goal.id);
    expect([stored.goal!.version, stored.goal!.progress, stored.history.length]).toEqual([1, 0, 1]);
  });

  it('a version mismatch is a CONFLICT carrying the current values, and changes nothing', async () => {
    const goal = await newGoal();
    const current = ok(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 1, progress: 30, status: 'IN_PROGRESS' } }, { token: tokenA.COUNSELLOR })).updateGoalProgress;
    const stale = errorOf(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 1, progress: 70, note: 'stale' } }, { token: tokenA.MANAGER }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions.current).toEqual({ version: 2, progress: 30, status: 'IN_PROGRESS', updatedAt: current.updatedAt });
    const staleEdit = errorOf(await api.gql(UPDATE, { input: { goalId: goal.id, expectedVersion: 1, title: 'Stale title' } }, { token: tokenA.MANAGER }));
    expect(staleEdit).toMatchObject({ code: 'CONFLICT', extensions: { current: { version: 2 } } });
    const stored = await storedGoal(owner, a.id, goal.id);
    expect({ version: stored.goal!.version, progress: stored.goal!.progress, title: stored.goal!.title, history: stored.history.length }).toEqual({ version: 2, progress: 30, title: 'Find a job', history: 2 });
    expect((await auditOf(owner, a.id, { entityId: goal.id })).map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('edits title, description and target date under the version rule, clearing with null', async () => {
    const goal = await newGoal({ description: 'Something', targetDate: '2027-01-31' });
    const edited = ok(await api.gql(UPDATE, { input: { goalId: goal.id, expectedVersion: 1, title: 'Find a part-time job', description: null } }, { token: tokenA.COUNSELLOR })).updateGoal;
    expect(edited).toMatchObject({ title: 'Find a part-time job', description: null, targetDate: '2027-01-31', version: 2, progress: 0, status: 'PLANNED' });
    expect(edited.history).toHaveLength(1);
    expect(errorOf(await api.gql(UPDATE, { input: { goalId: goal.id, expectedVersion: 2, title: null } }, { token: tokenA.COUNSELLOR })).fields).toEqual({ title: expect.any(String) });
    expect(errorOf(await api.gql(UPDATE, { input: { goalId: goal.id, expectedVersion: 2 } }, { token: tokenA.COUNSELLOR })).code).toBe('BAD_USER_INPUT');
    expect((await auditOf(owner, a.id, { entityId: goal.id })).map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('moves a goal to another life domain under the version rule, keeping its history', async () => {
    const goal = await newGoal({ domain: 'WORK' });
    const moved = ok(await api.gql(UPDATE, { input: { goalId: goal.id, expectedVersion: 1, domain: 'HOUSING', targetDate: '2027-03-01' } }, { token: tokenA.COUNSELLOR })).updateGoal;
    expect(moved).toMatchObject({ domain: 'HOUSING', targetDate: '2027-03-01', title: 'Find a job', version: 2 });
    expect(moved.history).toHaveLength(1);
    expect(errorOf(await api.gql(UPDATE, { input: { goalId: goal.id, expectedVersion: 1, domain: 'FAMILY' } }, { token: tokenA.COUNSELLOR })).code).toBe('CONFLICT');
    expect((await storedGoal(owner, a.id, goal.id)).goal?.domain).toBe('HOUSING');
  });

  it('reads a goal by id and lists a resident\'s goals oldest first', async () => {
    const residentId = await insertResident(owner, a.id);
    const titles = ['First', 'Second', 'Third'];
    const ids: string[] = [];
    for (const title of titles) ids.push(ok(await create(tokenA.COUNSELLOR, { residentId, domain: 'FAMILY', title })).createGoal.id);
    expect(ok(await api.gql(WITH_RESIDENT, { id: ids[1] }, { token: tokenA.MANAGER })).goal).toMatchObject({ id: ids[1], title: 'Second', resident: { id: residentId, goals: titles.map((title, i) => ({ id: ids[i], title })) } });
  });

  it('answers NOT_FOUND for another tenant\'s goal and resident ids, changing nothing', async () => {
    const goal = await newGoal();
    const residentB = await insertResident(owner, b.id);
    const before = await storedGoal(owner, a.id, goal.id);
    expect(errorOf(await api.gql(GOAL, { id: goal.id }, { token: tokenB.MANAGER })).code).toBe('NOT_FOUND');
    expect(errorOf(await api.gql(GOAL, { id: 'not-a-uuid' }, { token: tokenB.MANAGER })).code).toBe('NOT_FOUND');
    expect(errorOf(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 1, progress: 99 } }, { token: tokenB.COUNSELLOR })).code).toBe('NOT_FOUND');
    expect(errorOf(await api.gql(UPDATE, { input: { goalId: goal.id, expectedVersion: 1, title: 'Hijacked' } }, { token: tokenB.COUNSELLOR })).code).toBe('NOT_FOUND');
    expect(errorOf(await create(tokenB.COUNSELLOR, { residentId: residentA, domain: 'WORK', title: 'Intruder' })).code).toBe('NOT_FOUND');
    const after = await storedGoal(owner, a.id, goal.id);
    expect({ version: after.goal!.version, progress: after.goal!.progress, title: after.goal!.title, history: after.history.length }).toEqual({
      version: before.goal!.version,
      progress: before.goal!.progress,
      title: before.goal!.title,
      history: before.history.length,
    });
    expect((await auditOf(owner, a.id, { entityId: goal.id })).map((e) => e.action)).toEqual(['CREATE']);
    // Tenant B works on its own resident.
    ok(await create(tokenB.COUNSELLOR, { residentId: residentB, domain: 'WORK', title: 'Own' }));
  });

  it('refuses GROUP_LEADER and CONSORTIUM_COORDINATOR with FORBIDDEN and changes nothing', async () => {
    const goal = await newGoal();
    for (const role of [Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR]) {
      expect(errorOf(await api.gql(GOAL, { id: goal.id }, { token: tokenA[role] })).code).toBe('FORBIDDEN');
      expect(errorOf(await create(tokenA[role], { residentId: residentA, domain: 'WORK', title: 'x' })).code).toBe('FORBIDDEN');
      expect(errorOf(await api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: 1, progress: 10 } }, { token: tokenA[role] })).code).toBe('FORBIDDEN');
      expect(errorOf(await api.gql(UPDATE, { input: { goalId: goal.id, expectedVersion: 1, title: 'x' } }, { token: tokenA[role] })).code).toBe('FORBIDDEN');
    }
    const stored = await storedGoal(owner, a.id, goal.id);
    expect([stored.goal!.version, stored.history.length]).toEqual([1, 1]);
  });
});
