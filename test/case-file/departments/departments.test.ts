import { Role } from '@bridgeway/shared-domain';
import { graphql, ok, refused } from '../../support/api.js';
import { createDepartment } from '../../support/factories.js';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const LIST = graphql(`query DeptList($all: Boolean) { departments(includeClosed: $all) { id name place status statusSince statusReason version } }`);
const CREATE = graphql(`mutation DeptCreate($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name place status statusSince statusReason version } }`);
const UPDATE = graphql(`mutation DeptUpdate($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name place status statusSince statusReason version } }`);

const NOT_MANAGERS = [Role.COUNSELLOR, Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR] as const;

describe('departments', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('departments', (suite) => ({ owner, api, a, b, ta, tb } = suite));

  /** The tenant's department rows, to prove a refused mutation wrote nothing. */
  const storedDepartments = (tenantId: string) =>
    ownerQuery(owner, tenantId, 'select id, name, place, status, status_since, status_reason, version from department where tenant_id = ? order by id', [tenantId]);

  it('creates an active department (trimmed, blank place = none), audited, and every role lists it', async () => {
    const created = ok(await api.gql(CREATE, { input: { name: '  Porsgrunn ', place: '  ' } }, { token: ta.MANAGER })).createDepartment;
    expect(created).toEqual({ id: expect.any(String), name: 'Porsgrunn', place: null, status: 'ACTIVE', statusSince: null, statusReason: null, version: 1 });
    expect(await auditOf(owner, a.id, { action: 'CREATE', entityId: created.id })).toEqual([expect.objectContaining({ entityType: 'Department', userId: a.users.MANAGER.id })]);
    for (const role of Object.values(Role)) {
      expect(ok(await api.gql(LIST, {}, { token: ta[role] })).departments).toContainEqual(created);
    }
    // The other organisation sees none of them.
    expect(ok(await api.gql(LIST, { all: true }, { token: tb.MANAGER })).departments.map((d) => d.id)).not.toContain(created.id);
  });

  it('lists departments by name', async () => {
    await createDepartment(api, ta.MANAGER, { name: 'Zz Tønsberg' });
    await createDepartment(api, ta.MANAGER, { name: 'Aa Hamar', place: 'Hamar' });
    const names = ok(await api.gql(LIST, {}, { token: ta.COUNSELLOR })).departments.map((d) => d.name);
    expect(names).toEqual([...names].sort());
    expect(names[0]).toBe('Aa Hamar');
  });

  it.each([
    [{ name: '   ' }, { name: 'Enter a name for the department' }],
    [{ name: 'x'.repeat(201) }, { name: 'The name can be at most 200 characters' }],
    [{ name: 'Long place', place: 'p'.repeat(301) }, { place: 'The place can be at most 300 characters' }],
  ])('refuses to create %j with BAD_USER_INPUT on its fields and writes nothing', async (input, fields) => {
    const before = await storedDepartments(a.id);
    expect(refused(await api.gql(CREATE, { input }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toEqual(fields);
    expect(await storedDepartments(a.id)).toEqual(before);
  });

  it('refuses a name the organisation already uses (in any case), on create and on rename; another organisation may use it', async () => {
    await createDepartment(api, ta.MANAGER, { name: 'Notodden' });
    const before = await storedDepartments(a.id);
    expect(refused(await api.gql(CREATE, { input: { name: 'notodden' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toEqual({ name: 'Another department already has this name' });
    const other = await createDepartment(api, ta.MANAGER, { name: 'Skien' });
    const rename = await api.gql(UPDATE, { input: { id: other.id, version: other.version, name: 'NOTODDEN' } }, { token: ta.MANAGER });
    expect(refused(rename, 'BAD_USER_INPUT').fields).toEqual({ name: 'Another department already has this name' });
    expect((await storedDepartments(a.id)).length).toBe(before.length + 1);
    expect(ok(await api.gql(CREATE, { input: { name: 'Notodden' } }, { token: tb.MANAGER })).createDepartment.name).toBe('Notodden');
    // Renaming to its own name (another case) is no clash.
    expect(ok(await api.gql(UPDATE, { input: { id: other.id, version: other.version, name: 'SKIEN' } }, { token: ta.MANAGER })).updateDepartment.name).toBe('SKIEN');
  });

  it('renames, moves and clears the place; each change raises the version and is audited', async () => {
    const created = await createDepartment(api, ta.MANAGER, { name: 'Old name', place: 'Somewhere' });
    const renamed = ok(await api.gql(UPDATE, { input: { id: created.id, version: 1, name: ' New name ' } }, { token: ta.MANAGER })).updateDepartment;
    expect(renamed).toMatchObject({ name: 'New name', place: 'Somewhere', status: 'ACTIVE', version: 2 });
    const cleared = ok(await api.gql(UPDATE, { input: { id: created.id, version: 2, place: null } }, { token: ta.MANAGER })).updateDepartment;
    expect(cleared).toMatchObject({ name: 'New name', place: null, version: 3 });
    expect(await auditOf(owner, a.id, { action: 'UPDATE', entityId: created.id })).toHaveLength(2);
    expect(Object.keys(refused(await api.gql(UPDATE, { input: { id: created.id, version: 3, name: '' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['name']);
  });

  it('pauses with a date and a reason, closes with a date, and reopening clears both', async () => {
    const created = await createDepartment(api, ta.MANAGER, { name: 'Notodden paused' });
    const paused = ok(await api.gql(UPDATE, { input: { id: created.id, version: 1, status: 'PAUSED', statusSince: '2025-08-15', statusReason: 'Paused after the summer' } }, { token: ta.MANAGER })).updateDepartment;
    expect(paused).toMatchObject({ status: 'PAUSED', statusSince: '2025-08-15', statusReason: 'Paused after the summer', version: 2 });
    // A paused department is still listed; its reason can change on its own.
    expect(ok(await api.gql(LIST, {}, { token: ta.GROUP_LEADER })).departments.map((d) => d.id)).toContain(created.id);
    const reworded = ok(await api.gql(UPDATE, { input: { id: created.id, version: 2, statusReason: 'No group leader this autumn' } }, { token: ta.MANAGER })).updateDepartment;
    expect(reworded).toMatchObject({ status: 'PAUSED', statusSince: '2025-08-15', statusReason: 'No group leader this autumn' });

    const closed = ok(await api.gql(UPDATE, { input: { id: created.id, version: 3, status: 'CLOSED', statusSince: '2026-01-01' } }, { token: ta.MANAGER })).updateDepartment;
    expect(closed).toMatchObject({ status: 'CLOSED', statusSince: '2026-01-01', statusReason: null });
    expect(ok(await api.gql(LIST, {}, { token: ta.MANAGER })).departments.map((d) => d.id)).not.toContain(created.id);
    expect(ok(await api.gql(LIST, { all: true }, { token: ta.MANAGER })).departments).toContainEqual(closed);

    const reopened = ok(await api.gql(UPDATE, { input: { id: created.id, version: 4, status: 'ACTIVE' } }, { token: ta.MANAGER })).updateDepartment;
    expect(reopened).toMatchObject({ status: 'ACTIVE', statusSince: null, statusReason: null, version: 5 });
    const statuses = (await auditOf(owner, a.id, { action: 'UPDATE', entityId: created.id })).map((row) => row.details?.status ?? null);
    expect(statuses).toEqual(['PAUSED', null, 'CLOSED', 'ACTIVE']);
  });

  it.each([
    [{ status: 'PAUSED' }, ['statusSince', 'statusReason']],
    [{ status: 'PAUSED', statusSince: '2025-09-01' }, ['statusReason']],
    [{ status: 'PAUSED', statusReason: 'Summer' }, ['statusSince']],
    [{ status: 'PAUSED', statusSince: '2025-09-01', statusReason: '   ' }, ['statusReason']],
    [{ status: 'CLOSED' }, ['statusSince']],
    [{ statusSince: '2025-09-01' }, ['status']],
    [{ statusReason: 'x'.repeat(501), status: 'PAUSED', statusSince: '2025-09-01' }, ['statusReason']],
  ])('refuses the status change %j with BAD_USER_INPUT on %j and changes nothing', async (change, fields) => {
    const created = await createDepartment(api, ta.MANAGER, { name: `Status rules ${JSON.stringify(change).length}-${fields.join()}` });
    const before = await storedDepartments(a.id);
    const error = refused(await api.gql(UPDATE, { input: { id: created.id, version: created.version, ...change } as never }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(error.fields).sort()).toEqual([...fields].sort());
    expect(await storedDepartments(a.id)).toEqual(before);
  });

  it('refuses an impossible date (2026-02-30) with BAD_USER_INPUT', async () => {
    const created = await createDepartment(api, ta.MANAGER, { name: 'Impossible date' });
    refused(await api.gql(UPDATE, { input: { id: created.id, version: 1, status: 'CLOSED', statusSince: '2026-02-30' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
  });

  it('answers CONFLICT (VERSION_MISMATCH) to an update based on a stale version and keeps the newer change', async () => {
    const created = await createDepartment(api, ta.MANAGER, { name: 'Contested' });
    ok(await api.gql(UPDATE, { input: { id: created.id, version: 1, place: 'First writer' } }, { token: ta.MANAGER }));
    const stale = refused(await api.gql(UPDATE, { input: { id: created.id, version: 1, place: 'Second writer' } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(stale.extensions).toMatchObject({ reason: 'VERSION_MISMATCH', currentVersion: 2 });
    const [stored] = await ownerQuery(owner, a.id, 'select place, version from department where tenant_id = ? and id = ?', [a.id, created.id]);
    expect(stored).toEqual({ place: 'First writer', version: 2 });
    expect(await auditOf(owner, a.id, { action: 'UPDATE', entityId: created.id })).toHaveLength(1);
  });

  it("answers NOT_FOUND to another organisation's department and changes nothing", async () => {
    const created = await createDepartment(api, ta.MANAGER, { name: 'Tenant A only' });
    const before = await storedDepartments(a.id);
    refused(await api.gql(UPDATE, { input: { id: created.id, version: 1, name: 'Stolen' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, name: 'Nobody' } }, { token: ta.MANAGER }), 'NOT_FOUND');
    expect(await storedDepartments(a.id)).toEqual(before);
    expect(await auditOf(owner, b.id, { entityType: 'Department' })).toEqual([expect.objectContaining({ action: 'CREATE' })]);
  });

  it.each(NOT_MANAGERS)('refuses createDepartment and updateDepartment to %s with FORBIDDEN', async (role) => {
    const created = await createDepartment(api, ta.MANAGER, { name: `Managers only ${role}` });
    const before = await storedDepartments(a.id);
    refused(await api.gql(CREATE, { input: { name: `By ${role}` } }, { token: ta[role] }), 'FORBIDDEN');
    refused(await api.gql(UPDATE, { input: { id: created.id, version: 1, name: `By ${role}` } }, { token: ta[role] }), 'FORBIDDEN');
    expect(await storedDepartments(a.id)).toEqual(before);
  });
});
