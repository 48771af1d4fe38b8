import { Role } from '@bridgeway/shared-domain';
import { graphql, ok, refused, withStatements } from '../../support/api.js';
import { createDepartment, createResidence, signInAll } from '../../support/factories.js';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { createTestTenant } from '../../support/tenants.js';

const SET_STAFF = graphql(`mutation DeptSetStaff($userId: ID!, $departmentId: ID) { setStaffDepartment(userId: $userId, departmentId: $departmentId) { id department { id name } } }`);
const SET_RESIDENCE = graphql(`mutation DeptSetResidence($residenceId: ID!, $departmentId: ID) { setResidenceDepartment(residenceId: $residenceId, departmentId: $departmentId) { id department { id name } } }`);
const ME = graphql(`query DeptMe { me { id department { id name status } } }`);
const RESIDENCES = graphql(`query DeptResidences($departmentId: ID, $all: Boolean) { residences(departmentId: $departmentId, includeClosed: $all) { id name department { id name } } }`);
const CLOSE = graphql(`mutation DeptClose($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id status } }`);

const NOT_MANAGERS = [Role.COUNSELLOR, Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR] as const;

describe('department assignments', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('dept-assign', (suite) => ({ owner, api, a, b, ta, tb } = suite));

  const storedUserDepartments = (tenantId: string) => ownerQuery(owner, tenantId, 'select id, department_id from user_account where tenant_id = ? order by id', [tenantId]);
  const storedResidenceDepartments = (tenantId: string) => ownerQuery(owner, tenantId, 'select id, department_id from residence where tenant_id = ? order by id', [tenantId]);

  describe('staff (User.department)', () => {
    it('puts a staff member into a department and takes them out again, audited with both departments', async () => {
      const hamar = await createDepartment(api, ta.MANAGER, { name: 'Hamar' });
      const counsellor = a.users.COUNSELLOR.id;
      expect(ok(await api.gql(ME, {}, { token: ta.COUNSELLOR })).me.department).toBeNull();
      const set = ok(await api.gql(SET_STAFF, { userId: counsellor, departmentId: hamar.id }, { token: ta.MANAGER })).setStaffDepartment;
      expect(set).toEqual({ id: counsellor, department: { id: hamar.id, name: 'Hamar' } });
      // Every role reads its own department.
      expect(ok(await api.gql(ME, {}, { token: ta.COUNSELLOR })).me.department).toEqual({ id: hamar.id, name: 'Hamar', status: 'ACTIVE' });
      ok(await api.gql(SET_STAFF, { userId: a.users.GROUP_LEADER.id, departmentId: hamar.id }, { token: ta.MANAGER }));
      expect(ok(await api.gql(ME, {}, { token: ta.GROUP_LEADER })).me.department).toMatchObject({ id: hamar.id });

      expect(ok(await api.gql(SET_STAFF, { userId: counsellor, departmentId: null }, { token: ta.MANAGER })).setStaffDepartment.department).toBeNull();
      expect(ok(await api.gql(ME, {}, { token: ta.COUNSELLOR })).me.department).toBeNull();
      const rows = await auditOf(owner, a.id, { action: 'UPDATE', entityType: 'User', entityId: counsellor });
      expect(rows.map((row) => row.details)).toEqual([
        { departmentFrom: null, departmentTo: hamar.id },
        { departmentFrom: hamar.id, departmentTo: null },
      ]);
    });

    it('refuses a closed department with BAD_USER_INPUT on departmentId and changes nothing', async () => {
      const closed = await createDepartment(api, ta.MANAGER, { name: 'Closed for staff' });
      ok(await api.gql(CLOSE, { input: { id: closed.id, version: 1, status: 'CLOSED', statusSince: '2025-12-31' } }, { token: ta.MANAGER }));
      const before = await storedUserDepartments(a.id);
      const error = refused(await api.gql(SET_STAFF, { userId: a.users.COUNSELLOR.id, departmentId: closed.id }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
      expect(error.fields).toEqual({ departmentId: 'This department is closed; choose an open one' });
      expect(await storedUserDepartments(a.id)).toEqual(before);
    });

    it("answers NOT_FOUND to another organisation's department or staff member and changes nothing", async () => {
      const ownDepartment = await createDepartment(api, ta.MANAGER, { name: 'Own staff department' });
      const foreignDepartment = await createDepartment(api, tb.MANAGER, { name: 'Foreign staff department' });
      const [beforeA, beforeB] = [await storedUserDepartments(a.id), await storedUserDepartments(b.id)];
      refused(await api.gql(SET_STAFF, { userId: a.users.COUNSELLOR.id, departmentId: foreignDepartment.id }, { token: ta.MANAGER }), 'NOT_FOUND');
      refused(await api.gql(SET_STAFF, { userId: b.users.COUNSELLOR.id, departmentId: ownDepartment.id }, { token: ta.MANAGER }), 'NOT_FOUND');
      refused(await api.gql(SET_STAFF, { userId: a.users.COUNSELLOR.id, departmentId: 'nope' }, { token: ta.MANAGER }), 'NOT_FOUND');
      refused(await api.gql(SET_STAFF, { userId: 'nope', departmentId: ownDepartment.id }, { token: ta.MANAGER }), 'NOT_FOUND');
      expect([await storedUserDepartments(a.id), await storedUserDepartments(b.id)]).toEqual([beforeA, beforeB]);
    });

    it.each(NOT_MANAGERS)('refuses setStaffDepartment to %s with FORBIDDEN', async (role) => {
      const department = await createDepartment(api, ta.MANAGER, { name: `Staff by ${role}` });
      const before = await storedUserDepartments(a.id);
      refused(await api.gql(SET_STAFF, { userId: a.users[role].id, departmentId: department.id }, { token: ta[role] }), 'FORBIDDEN');
      expect(await storedUserDepartments(a.id)).toEqual(before);
    });
  });

  describe('residences (Residence.department, residences(departmentId))', () => {
    it('puts residences into departments, filters the list by department and takes them out again, audited', async () => {
      const porsgrunn = await createDepartment(api, ta.MANAGER, { name: 'Porsgrunn' });
      const tonsberg = await createDepartment(api, ta.MANAGER, { name: 'Tønsberg' });
      const one = await createResidence(api, ta.MANAGER, { name: 'Porsgrunn House', capacity: 1 });
      const two = await createResidence(api, ta.MANAGER, { name: 'Tønsberg House', capacity: 1 });
      const none = await createResidence(api, ta.MANAGER, { name: 'No department House', capacity: 1 });
      const set = ok(await api.gql(SET_RESIDENCE, { residenceId: one.id, departmentId: porsgrunn.id }, { token: ta.MANAGER })).setResidenceDepartment;
      expect(set).toEqual({ id: one.id, department: { id: porsgrunn.id, name: 'Porsgrunn' } });
      ok(await api.gql(SET_RESIDENCE, { residenceId: two.id, departmentId: tonsberg.id }, { token: ta.MANAGER }));

      const filtered = ok(await api.gql(RESIDENCES, { departmentId: porsgrunn.id }, { token: ta.COUNSELLOR })).residences;
      expect(filtered).toEqual([{ id: one.id, name: 'Porsgrunn House', department: { id: porsgrunn.id, name: 'Porsgrunn' } }]);
      const all = ok(await api.gql(RESIDENCES, {}, { token: ta.COUNSELLOR })).residences;
      expect(all.find((r) => r.id === none.id)?.department).toBeNull();
      expect(all.find((r) => r.id === two.id)?.department).toEqual({ id: tonsberg.id, name: 'Tønsberg' });

      expect(ok(await api.gql(SET_RESIDENCE, { residenceId: one.id, departmentId: null }, { token: ta.MANAGER })).setResidenceDepartment.department).toBeNull();
      expect(ok(await api.gql(RESIDENCES, { departmentId: porsgrunn.id }, { token: ta.MANAGER })).residences).toEqual([]);
      const rows = await auditOf(owner, a.id, { action: 'UPDATE', entityType: 'Residence', entityId: one.id });
      expect(rows.map((row) => row.details)).toEqual([
        { departmentFrom: null, departmentTo: porsgrunn.id },
        { departmentFrom: porsgrunn.id, departmentTo: null },
      ]);
    });

    it("matches nothing for an unknown or another organisation's department id", async () => {
      const foreign = await createDepartment(api, tb.MANAGER, { name: 'Foreign filter' });
      const foreignHouse = await createResidence(api, tb.MANAGER, { name: 'Foreign House', capacity: 1 });
      ok(await api.gql(SET_RESIDENCE, { residenceId: foreignHouse.id, departmentId: foreign.id }, { token: tb.MANAGER }));
      expect(ok(await api.gql(RESIDENCES, { departmentId: foreign.id, all: true }, { token: ta.MANAGER })).residences).toEqual([]);
      expect(ok(await api.gql(RESIDENCES, { departmentId: 'nope' }, { token: ta.MANAGER })).residences).toEqual([]);
      expect(ok(await api.gql(RESIDENCES, { departmentId: foreign.id }, { token: tb.MANAGER })).residences.map((r) => r.id)).toEqual([foreignHouse.id]);
    });

    it("answers NOT_FOUND to another organisation's residence or department and changes nothing", async () => {
      const own = await createDepartment(api, ta.MANAGER, { name: 'Own residence department' });
      const foreign = await createDepartment(api, tb.MANAGER, { name: 'Foreign residence department' });
      const ownHouse = await createResidence(api, ta.MANAGER, { name: 'Own House', capacity: 1 });
      const foreignHouse = await createResidence(api, tb.MANAGER, { name: 'Their House', capacity: 1 });
      const [beforeA, beforeB] = [await storedResidenceDepartments(a.id), await storedResidenceDepartments(b.id)];
      refused(await api.gql(SET_RESIDENCE, { residenceId: ownHouse.id, departmentId: foreign.id }, { token: ta.MANAGER }), 'NOT_FOUND');
      refused(await api.gql(SET_RESIDENCE, { residenceId: foreignHouse.id, departmentId: own.id }, { token: ta.MANAGER }), 'NOT_FOUND');
      refused(await api.gql(SET_RESIDENCE, { residenceId: foreignHouse.id, departmentId: null }, { token: ta.MANAGER }), 'NOT_FOUND');
      refused(await api.gql(SET_RESIDENCE, { residenceId: 'nope', departmentId: own.id }, { token: ta.MANAGER }), 'NOT_FOUND');
      expect([await storedResidenceDepartments(a.id), await storedResidenceDepartments(b.id)]).toEqual([beforeA, beforeB]);
    });

    it('refuses a closed department with BAD_USER_INPUT on departmentId', async () => {
      const closed = await createDepartment(api, ta.MANAGER, { name: 'Closed for houses' });
      ok(await api.gql(CLOSE, { input: { id: closed.id, version: 1, status: 'CLOSED', statusSince: '2025-12-31' } }, { token: ta.MANAGER }));
      const house = await createResidence(api, ta.MANAGER, { name: 'Closed dept House', capacity: 1 });
      expect(refused(await api.gql(SET_RESIDENCE, { residenceId: house.id, departmentId: closed.id }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toEqual({ departmentId: 'This department is closed; choose an open one' });
    });

    it.each(NOT_MANAGERS)('refuses setResidenceDepartment to %s with FORBIDDEN', async (role) => {
      const department = await createDepartment(api, ta.MANAGER, { name: `Houses by ${role}` });
      const house = await createResidence(api, ta.MANAGER, { name: `House by ${role}`, capacity: 1 });
      refused(await api.gql(SET_RESIDENCE, { residenceId: house.id, departmentId: department.id }, { token: ta[role] }), 'FORBIDDEN');
      expect(await storedResidenceDepartments(a.id)).toContainEqual({ id: house.id, department_id: null });
    });

    it('reads the departments of a list of residences in one statement, however long the list', async () => {
      const fresh = async (n: number) => {
        const t = await createTestTenant(owner, `dept-batch-${n}`);
        const tokens = await signInAll(api, t);
        for (let i = 0; i < n; i++) {
          const department = await createDepartment(api, tokens.MANAGER, { name: `Batch department ${i}` });
          const house = await createResidence(api, tokens.MANAGER, { name: `Batch house ${i}`, capacity: 1 });
          ok(await api.gql(SET_RESIDENCE, { residenceId: house.id, departmentId: department.id }, { token: tokens.MANAGER }));
        }
        return tokens;
      };
      const [two, eight] = [await fresh(2), await fresh(8)];
      const small = await withStatements(api, async () => ok(await api.gql(RESIDENCES, {}, { token: two.MANAGER })).residences);
      const large = await withStatements(api, async () => ok(await api.gql(RESIDENCES, {}, { token: eight.MANAGER })).residences);
      expect(large.result.map((r) => r.department.name).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `Batch department ${i}`));
      expect(large.statements.length).toBe(small.statements.length);
    });
  });
});
