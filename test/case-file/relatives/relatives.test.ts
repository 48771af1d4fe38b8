import { graphql, ok, refused } from '../../support/api.js';
import { createResident } from '../../support/factories.js';
import { auditOf, tableCounts } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const CREATE = graphql(`mutation CreateRelative($input: CreateRelativeInput!) { createRelative(input: $input) { id firstName lastName phone email residents { relationship resident { id } } } }`);
const UPDATE = graphql(`mutation UpdateRelative($input: UpdateRelativeInput!) { updateRelative(input: $input) { id firstName phone } }`);
const LINK = graphql(`mutation LinkRelative($input: LinkRelativeInput!) { linkRelative(input: $input) { relationship relative { id firstName } resident { id firstName } } }`);
const UNLINK = graphql(`mutation UnlinkRelative($input: UnlinkRelativeInput!) { unlinkRelative(input: $input) { id residents { resident { id } } } }`);
const READ = graphql(`query Relative($id: ID!) { relative(id: $id) { id firstName residents { relationship resident { id lastName } } } }`);
const LIST = graphql(`query Relatives($search: String) { relatives(search: $search) { id firstName lastName } }`);
const OF_RESIDENT = graphql(`query RelativesOfResident($id: ID!) { resident(id: $id) { relatives { relationship relative { firstName lastName } resident { id } } } }`);

describe('relatives', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('relatives', (suite) => ({ owner, api, a, b, ta, tb } = suite));

  it('creates a relative on their own (supported without a resident), audited', async () => {
    const relative = ok(await api.gql(CREATE, { input: { firstName: 'Marta', lastName: 'Solo', phone: '041 222 333', email: 'Marta@Example.org' } }, { token: ta.COUNSELLOR })).createRelative;
    expect(relative).toMatchObject({ firstName: 'Marta', lastName: 'Solo', phone: '041 222 333', email: 'marta@example.org', residents: [] });
    expect(await auditOf(owner, a.id, { action: 'CREATE', entityId: relative.id })).toEqual([expect.objectContaining({ entityType: 'Relative', residentId: null })]);
  });

  it('creates a relative linked to a resident; the link shows on both sides', async () => {
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Luka', lastName: 'Zajc' });
    const relative = ok(await api.gql(CREATE, { input: { firstName: 'Mojca', lastName: 'Zajc', residentId: resident.id, relationship: 'PARENT' } }, { token: ta.MANAGER })).createRelative;
    expect(relative.residents).toEqual([{ relationship: 'PARENT', resident: { id: resident.id } }]);
    expect(ok(await api.gql(OF_RESIDENT, { id: resident.id }, { token: ta.COUNSELLOR })).resident.relatives).toEqual([{ relationship: 'PARENT', relative: { firstName: 'Mojca', lastName: 'Zajc' }, resident: { id: resident.id } }]);
    expect(await auditOf(owner, a.id, { action: 'LINK', residentId: resident.id })).toHaveLength(1);
  });

  it('refuses a resident without a relationship (and the reverse), writing nothing', async () => {
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Half', lastName: 'Link' });
    const before = await tableCounts(owner, a.id);
    const noRelationship = refused(await api.gql(CREATE, { input: { firstName: 'A', lastName: 'B', residentId: resident.id } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(noRelationship.fields)).toEqual(['relationship']);
    const noResident = refused(await api.gql(CREATE, { input: { firstName: 'A', lastName: 'B', relationship: 'SIBLING' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(noResident.fields)).toEqual(['residentId']);
    const blank = refused(await api.gql(CREATE, { input: { firstName: '', lastName: 'B', email: 'x@' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(blank.fields).sort()).toEqual(['email', 'firstName']);
    expect(await tableCounts(owner, a.id)).toEqual(before);
  });

  it('links, refuses a second link with CONFLICT, unlinks, and NOT_FOUND when no longer linked', async () => {
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Tina', lastName: 'Link' });
    const relative = ok(await api.gql(CREATE, { input: { firstName: 'Brat', lastName: 'Link' } }, { token: ta.MANAGER })).createRelative;
    const link = ok(await api.gql(LINK, { input: { relativeId: relative.id, residentId: resident.id, relationship: 'SIBLING' } }, { token: ta.COUNSELLOR })).linkRelative;
    expect(link).toEqual({ relationship: 'SIBLING', relative: { id: relative.id, firstName: 'Brat' }, resident: { id: resident.id, firstName: 'Tina' } });
    const before = await tableCounts(owner, a.id);
    refused(await api.gql(LINK, { input: { relativeId: relative.id, residentId: resident.id, relationship: 'FRIEND' } }, { token: ta.COUNSELLOR }), 'CONFLICT');
    expect(await tableCounts(owner, a.id)).toEqual(before);
    expect(ok(await api.gql(UNLINK, { input: { relativeId: relative.id, residentId: resident.id } }, { token: ta.COUNSELLOR })).unlinkRelative).toEqual({ id: relative.id, residents: [] });
    refused(await api.gql(UNLINK, { input: { relativeId: relative.id, residentId: resident.id } }, { token: ta.COUNSELLOR }), 'NOT_FOUND');
    expect((await auditOf(owner, a.id, { residentId: resident.id })).map((r) => r.action)).toEqual(['CREATE', 'LINK', 'DELETE']);
  });

  it('records a READ audit row per linked resident when a relative record is opened', async () => {
    const [r1, r2] = [await createResident(api, ta.MANAGER, { firstName: 'One', lastName: 'Kid' }), await createResident(api, ta.MANAGER, { firstName: 'Two', lastName: 'Kid' })];
    const relative = ok(await api.gql(CREATE, { input: { firstName: 'Parent', lastName: 'Kid', residentId: r1.id, relationship: 'PARENT' } }, { token: ta.MANAGER })).createRelative;
    ok(await api.gql(LINK, { input: { relativeId: relative.id, residentId: r2.id, relationship: 'PARENT' } }, { token: ta.MANAGER }));
    const read = ok(await api.gql(READ, { id: relative.id }, { token: ta.COUNSELLOR })).relative;
    expect(read.residents.map((l) => l.resident.id).sort()).toEqual([r1.id, r2.id].sort());
    // (The manager's link answer disclosed the relative too: that READ row is the manager's.)
    const rows = await auditOf(owner, a.id, { action: 'READ', entityId: relative.id, userId: a.users.COUNSELLOR.id });
    expect(rows.map((r) => r.residentId).sort()).toEqual([r1.id, r2.id].sort());
    expect(rows.every((r) => r.entityType === 'Relative')).toBe(true);
  });

  it('updates a relative and finds relatives by part of the name, any case', async () => {
    const relative = ok(await api.gql(CREATE, { input: { firstName: 'Žiga', lastName: 'Iskalnik', phone: '01 234 5678' } }, { token: ta.MANAGER })).createRelative;
    expect(ok(await api.gql(UPDATE, { input: { id: relative.id, firstName: 'Žan', phone: null } }, { token: ta.MANAGER })).updateRelative).toEqual({ id: relative.id, firstName: 'Žan', phone: null });
    expect(ok(await api.gql(LIST, { search: 'ŽAN iskal' }, { token: ta.COUNSELLOR })).relatives).toEqual([{ id: relative.id, firstName: 'Žan', lastName: 'Iskalnik' }]);
    expect(ok(await api.gql(LIST, { search: '_' }, { token: ta.COUNSELLOR })).relatives).toEqual([]);
  });

  it("answers NOT_FOUND to another tenant's relatives and residents and changes nothing", async () => {
    const resident = await createResident(api, ta.MANAGER, { firstName: 'A', lastName: 'Resident' });
    const relative = ok(await api.gql(CREATE, { input: { firstName: 'A', lastName: 'Relative', residentId: resident.id, relationship: 'PARTNER' } }, { token: ta.MANAGER })).createRelative;
    const bRelative = ok(await api.gql(CREATE, { input: { firstName: 'B', lastName: 'Relative' } }, { token: tb.MANAGER })).createRelative;
    const beforeA = await tableCounts(owner, a.id);
    const beforeB = await tableCounts(owner, b.id);
    refused(await api.gql(READ, { id: relative.id }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(UPDATE, { input: { id: relative.id, firstName: 'X' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(LINK, { input: { relativeId: bRelative.id, residentId: resident.id, relationship: 'FRIEND' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(UNLINK, { input: { relativeId: relative.id, residentId: resident.id } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(CREATE, { input: { firstName: 'B', lastName: 'Sneaky', residentId: resident.id, relationship: 'FRIEND' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    expect(ok(await api.gql(LIST, { search: 'relative' }, { token: tb.MANAGER })).relatives.map((r) => r.id)).toEqual([bRelative.id]);
    expect(await tableCounts(owner, a.id)).toEqual(beforeA);
    // B's own list disclosed B's relative: one READ row in B's trail, nothing else changed.
    expect(await tableCounts(owner, b.id)).toEqual({ ...beforeB, audit_event: beforeB.audit_event + 1 });
    expect((await auditOf(owner, b.id, { action: 'READ', entityId: bRelative.id })).length).toBe(1);
  });

  it.each(['GROUP_LEADER', 'CONSORTIUM_COORDINATOR'] as const)('refuses relatives operations to %s with FORBIDDEN', async (role) => {
    const relative = ok(await api.gql(CREATE, { input: { firstName: 'Role', lastName: role } }, { token: ta.MANAGER })).createRelative;
    refused(await api.gql(LIST, {}, { token: ta[role] }), 'FORBIDDEN');
    refused(await api.gql(READ, { id: relative.id }, { token: ta[role] }), 'FORBIDDEN');
    refused(await api.gql(CREATE, { input: { firstName: 'X', lastName: 'Y' } }, { token: ta[role] }), 'FORBIDDEN');
    refused(await api.gql(UPDATE, { input: { id: relative.id, firstName: 'Z' } }, { token: ta[role] }), 'FORBIDDEN');
  });
});
