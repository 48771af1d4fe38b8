import { Role } from '@bridgeway/shared-domain';
import { graphql, ok, refused } from '../../support/api.js';
import { createDepartment } from '../../support/factories.js';
import { ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const STAFF = graphql(`query StaffList($roles: [Role!], $departmentId: ID, $first: Int) { staff(roles: $roles, departmentId: $departmentId, first: $first) { id displayName role } }`);
const SET_STAFF = graphql(`mutation StaffListSetDepartment($userId: ID!, $departmentId: ID) { setStaffDepartment(userId: $userId, departmentId: $departmentId) { id } }`);

/** Managers pick leaders and departments from the organisation's active staff; nobody else lists staff. */
describe('staff list', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('staff-list', (suite) => ({ owner, api, a, b, ta, tb } = suite));

  it('lists the active staff of the organisation by name, filtered by role and department', async () => {
    const stored = await ownerQuery<{ id: string; display_name: string; role: string }>(owner, a.id, 'select id, display_name, role from user_account where tenant_id = ? and disabled_at is null', [a.id]);
    const all = ok(await api.gql(STAFF, {}, { token: ta.MANAGER })).staff;
    expect(all.map((u) => u.id).sort()).toEqual(stored.map((u) => u.id).sort());
    expect(all.map((u) => u.displayName)).toEqual([...all.map((u) => u.displayName)].sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase())));
    expect(all.some((u) => u.id === b.users.MANAGER.id)).toBe(false);

    const leaders = ok(await api.gql(STAFF, { roles: [Role.GROUP_LEADER, Role.COUNSELLOR] }, { token: ta.MANAGER })).staff;
    expect(leaders.map((u) => u.role).sort()).toEqual(stored.filter((u) => u.role === 'GROUP_LEADER' || u.role === 'COUNSELLOR').map((u) => u.role).sort());

    const unit = await createDepartment(api, ta.MANAGER, { name: 'Staff unit' });
    expect(ok(await api.gql(STAFF, { departmentId: unit.id }, { token: ta.MANAGER })).staff).toEqual([]);
    ok(await api.gql(SET_STAFF, { userId: a.users.GROUP_LEADER.id, departmentId: unit.id }, { token: ta.MANAGER }));
    expect(ok(await api.gql(STAFF, { departmentId: unit.id }, { token: ta.MANAGER })).staff.map((u) => u.id)).toEqual([a.users.GROUP_LEADER.id]);
    // Another organisation's department matches nobody of it.
    expect(ok(await api.gql(STAFF, { departmentId: unit.id }, { token: tb.MANAGER })).staff).toEqual([]);

    expect(ok(await api.gql(STAFF, { first: 1 }, { token: ta.MANAGER })).staff).toHaveLength(1);
    expect(Object.keys(refused(await api.gql(STAFF, { first: 501 }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields ?? {})).toEqual(['first']);
  });

  it('is for managers only', async () => {
    for (const role of [Role.COUNSELLOR, Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR]) refused(await api.gql(STAFF, {}, { token: ta[role] }), 'FORBIDDEN');
  });
});
