import { Role } from '@bridgeway/shared-domain';
import { graphql, ok, refused } from '../../support/api.js';
import type { CreateProgrammeInput, ProgrammesQueryVariables } from '../../support/gql/graphql.js';
import { createDepartment, createMember, createProgramme, insertStaff } from '../../support/factories.js';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { onOsloTime, programmeInput } from './programme-fixtures.js';

const CREATE = graphql(`mutation CreateProgramme($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    id name kind audience mode place meetingLink description goalDomains status startsOn endsOn version
    schedule { intervalWeeks weekday startTime endTime }
    department { id name }
    leaders { kind displayName userId memberId }
  }
}`);
const UPDATE = graphql(`mutation UpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id name place description goalDomains endsOn status version department { id } schedule { weekday } } }`);
const LEADERS = graphql(`mutation SetProgrammeLeaders($programmeId: ID!, $userIds: [ID!]!, $memberIds: [ID!]!) { setProgrammeLeaders(programmeId: $programmeId, userIds: $userIds, memberIds: $memberIds) { id leaders { kind displayName userId memberId } } }`);
const LIST = graphql(`query Programmes($status: ProgrammeStatus, $kind: ProgrammeKind, $departmentId: ID, $mine: Boolean, $first: Int) { programmes(status: $status, kind: $kind, departmentId: $departmentId, mine: $mine, first: $first) { id name goalDomains schedule { weekday startTime } department { name } } }`);
const READ = graphql(`query Programme($id: ID!) { programme(id: $id) { id name leaders { displayName } } }`);

describe('programmes', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('programmes', (suite) => ({ owner, api, a, b, ta, tb } = suite));
  beforeAll(() => onOsloTime(owner, a.id));

  it('creates a programme with every field, its department and leaders (staff and volunteers), audited', async () => {
    const department = await createDepartment(api, ta.MANAGER, { name: `Hamar ${Math.random()}` });
    const volunteer = await createMember(api, ta.MANAGER, { firstName: 'Vera', lastName: 'Volunteer', kind: 'VOLUNTEER' });
    const input = programmeInput({
      name: '  Academy course  ',
      kind: 'COURSE',
      audience: 'RESIDENTS',
      mode: 'VIDEO',
      meetingLink: 'https://meet.example.org/academy',
      place: ' ',
      description: 'Work skills',
      goalDomains: ['WORK', 'EDUCATION', 'WORK'],
      startsOn: '2026-01-05',
      endsOn: '2026-06-30',
      departmentId: department.id,
      leaderUserIds: [a.users.GROUP_LEADER.id],
      leaderMemberIds: [volunteer.id],
    });
    const created = ok(await api.gql(CREATE, { input }, { token: ta.MANAGER })).createProgramme;
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Academy course',
      kind: 'COURSE',
      audience: 'RESIDENTS',
      mode: 'VIDEO',
      place: null,
      meetingLink: 'https://meet.example.org/academy',
      description: 'Work skills',
      goalDomains: ['WORK', 'EDUCATION'],
      status: 'ACTIVE',
      startsOn: '2026-01-05',
      endsOn: '2026-06-30',
      version: 1,
      schedule: null,
      department: { id: department.id, name: department.name },
      leaders: expect.arrayContaining([
        { kind: 'STAFF', displayName: expect.stringContaining('GROUP_LEADER'), userId: a.users.GROUP_LEADER.id, memberId: null },
        { kind: 'VOLUNTEER', displayName: 'Vera Volunteer', userId: null, memberId: volunteer.id },
      ]),
    });
    expect(created.leaders).toHaveLength(2);
    expect(await auditOf(owner, a.id, { action: 'CREATE', entityType: 'Programme', entityId: created.id })).toHaveLength(1);
  });

  it('refuses inconsistent programmes with BAD_USER_INPUT on the field to fix, writing nothing', async () => {
    const count = async () => (await ownerQuery<{ n: number }>(owner, a.id, 'select count(*)::int as n from programme where tenant_id = ?', [a.id]))[0].n;
    const before = await count();
    const cases: [Partial<CreateProgrammeInput>, string[]][] = [
      [{ mode: 'VIDEO' }, ['meetingLink']],
      [{ startsOn: '2026-03-01', endsOn: '2026-02-28' }, ['endsOn']],
      [{ schedule: { intervalWeeks: 1, weekday: 2, startTime: '18:00', endTime: '17:30' } }, ['schedule.endTime']],
      [{ schedule: { intervalWeeks: 5, weekday: 8, startTime: '25:00', endTime: '1800' } }, ['schedule.endTime', 'schedule.intervalWeeks', 'schedule.startTime', 'schedule.weekday']],
      [{ name: '   ' }, ['name']],
      [{ leaderUserIds: ['not-a-uuid'] }, ['leaderUserIds']],
    ];
    for (const [overrides, fields] of cases) {
      const error = refused(await api.gql(CREATE, { input: programmeInput(overrides) }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
      expect(Object.keys(error.fields).sort()).toEqual(fields);
    }
    expect(await count()).toBe(before);
  });

  it('updates only the fields given (null clears an optional one), refuses a stale version, audited', async () => {
    const department = await createDepartment(api, ta.MANAGER, { name: `Tønsberg ${Math.random()}` });
    const created = await createProgramme(api, ta.MANAGER, programmeInput({ place: 'Café', description: 'Friday café', goalDomains: ['SOCIAL_NETWORK'], departmentId: department.id }));
    const updated = ok(await api.gql(UPDATE, { input: { id: created.id, version: created.version, name: 'Friday café', description: null, endsOn: '2030-12-31' } }, { token: ta.MANAGER })).updateProgramme;
    expect(updated).toEqual({ id: created.id, name: 'Friday café', place: 'Café', description: null, goalDomains: ['SOCIAL_NETWORK'], endsOn: '2030-12-31', status: 'ACTIVE', version: 2, department: { id: department.id }, schedule: null });
    const stale = refused(await api.gql(UPDATE, { input: { id: created.id, version: 1, name: 'Lost' } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(stale.extensions.reason).toBe('VERSION_MISMATCH');
    const cleared = ok(await api.gql(UPDATE, { input: { id: created.id, version: 2, departmentId: null, status: 'ENDED' } }, { token: ta.MANAGER })).updateProgramme;
    expect(cleared).toMatchObject({ department: null, status: 'ENDED', version: 3 });
    expect(await auditOf(owner, a.id, { action: 'UPDATE', entityType: 'Programme', entityId: created.id })).toHaveLength(2);
  });

  it('sets the leaders: active staff of the organisation and its members; NOT_FOUND for anyone else', async () => {
    const created = await createProgramme(api, ta.MANAGER, programmeInput());
    const member = await createMember(api, ta.MANAGER, { firstName: 'Mia', lastName: 'Member', kind: 'MEMBER' });
    const set = ok(await api.gql(LEADERS, { programmeId: created.id, userIds: [a.users.COUNSELLOR.id], memberIds: [member.id] }, { token: ta.MANAGER })).setProgrammeLeaders;
    expect(set.leaders.map((l) => [l.kind, l.userId ?? l.memberId])).toEqual(expect.arrayContaining([['STAFF', a.users.COUNSELLOR.id], ['VOLUNTEER', member.id]]));
    const replaced = ok(await api.gql(LEADERS, { programmeId: created.id, userIds: [a.users.GROUP_LEADER.id], memberIds: [] }, { token: ta.MANAGER })).setProgrammeLeaders;
    expect(replaced.leaders.map((l) => l.userId)).toEqual([a.users.GROUP_LEADER.id]);

    const bMember = await createMember(api, tb.MANAGER, { firstName: 'Other', lastName: 'Org', kind: 'MEMBER' });
    refused(await api.gql(LEADERS, { programmeId: created.id, userIds: [b.users.GROUP_LEADER.id], memberIds: [] }, { token: ta.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(LEADERS, { programmeId: created.id, userIds: [], memberIds: [bMember.id] }, { token: ta.MANAGER }), 'NOT_FOUND');
    const left = await insertStaff(owner, a, Role.GROUP_LEADER, `left-${Math.random().toString(36).slice(2, 6)}`);
    await ownerQuery(owner, a.id, 'update user_account set disabled_at = now() where tenant_id = ? and id = ?', [a.id, left.id]);
    const disabled = refused(await api.gql(LEADERS, { programmeId: created.id, userIds: [left.id], memberIds: [] }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(disabled.fields)).toEqual(['userIds']);
    // Refused changes left the leaders as they were.
    expect(ok(await api.gql(READ, { id: created.id }, { token: ta.MANAGER })).programme.leaders).toEqual([{ displayName: expect.stringContaining('GROUP_LEADER') }]);
  });

  it('lists by name with filters (status, kind, department, mine); a group leader sees only the programmes they lead', async () => {
    const tag = Math.random().toString(36).slice(2, 7);
    const department = await createDepartment(api, ta.MANAGER, { name: `Notodden ${tag}` });
    const led = await createProgramme(api, ta.MANAGER, programmeInput({ name: `b-led ${tag}`, kind: 'ACTIVITY', departmentId: department.id, leaderUserIds: [a.users.GROUP_LEADER.id], goalDomains: ['WORK', 'HEALTH'], schedule: { intervalWeeks: 2, weekday: 5, startTime: '09:30', endTime: '11:00' } }));
    const other = await createProgramme(api, ta.MANAGER, programmeInput({ name: `a-other ${tag}`, kind: 'CAFE', departmentId: department.id }));
    const names = async (token: string, vars: ProgrammesQueryVariables = {}) =>
      ok(await api.gql(LIST, { first: 200, ...vars }, { token })).programmes.filter((p) => p.name.endsWith(tag)).map((p) => p.id);
    expect(await names(ta.COUNSELLOR)).toEqual([other.id, led.id]);
    expect(await names(ta.COUNSELLOR, { departmentId: department.id })).toEqual([other.id, led.id]);
    expect(await names(ta.COUNSELLOR, { kind: 'CAFE' })).toEqual([other.id]);
    expect(await names(ta.MANAGER, { status: 'PAUSED' })).toEqual([]);
    expect(await names(ta.MANAGER, { mine: true })).toEqual([]);
    expect(await names(ta.GROUP_LEADER)).toEqual([led.id]);
    const [asListed] = ok(await api.gql(LIST, { first: 200 }, { token: ta.GROUP_LEADER })).programmes.filter((p) => p.id === led.id);
    expect(asListed).toMatchObject({ goalDomains: ['WORK', 'HEALTH'], schedule: { weekday: 5, startTime: '09:30' }, department: { name: `Notodden ${tag}` } });
    expect(await names(ta.GROUP_LEADER, { mine: false })).toEqual([led.id]);
    refused(await api.gql(READ, { id: other.id }, { token: ta.GROUP_LEADER }), 'NOT_FOUND');
    refused(await api.gql(READ, { id: 'not-an-id' }, { token: ta.MANAGER }), 'NOT_FOUND');
    expect(ok(await api.gql(READ, { id: led.id }, { token: ta.GROUP_LEADER })).programme.id).toBe(led.id);
    // Another organisation's department filters to nothing.
    const bDepartment = await createDepartment(api, tb.MANAGER, { name: `B ${tag}` });
    expect(await names(ta.MANAGER, { departmentId: bDepartment.id })).toEqual([]);
  });
});
