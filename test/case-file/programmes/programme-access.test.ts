import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, getNullableType, isEnumType, isLeafType, isListType, isNonNullType, isObjectType, parse, validate, type GraphQLArgument, type GraphQLField, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { Role } from '@bridgeway/shared-domain';
import { graphql, ok, type GqlResult } from '../../support/api.js';
import { addMeeting, createDepartment, createGoal, createMember, createProgramme, createRelative, createResident, enrol, logSession, recordAttendance, recordHandout } from '../../support/factories.js';
import { ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { addDays, onOsloTime, osloDay, osloTime, programmeInput } from './programme-fixtures.js';

/** What the case file holds of the people in and around the group leader's programme: none of it may reach a group leader. */
const SECRETS = ['Outsider', 'SECRETGOAL', 'SECRETNOTE', '900 11 222', 'rita.private@example.org', '1990-05-05', '411 22 333'];
/** The names of the leader's own participants: only ever as Participant.displayName. */
const OWN_PARTICIPANTS = ['Inprogramme', 'Relinprog'];

type Outcome = 'OK' | string;
const outcome = (result: GqlResult<unknown>): Outcome => (result.errors?.length ? String(result.errors[0].extensions?.code) : 'OK');

const PROGRAMMES = graphql(`query AccessProgrammes { programmes { id } }`);
const PROGRAMME = graphql(`query AccessProgramme($id: ID!) { programme(id: $id) { id } }`);
const MEETING = graphql(`query AccessMeeting($id: ID!) { meeting(id: $id) { id } }`);
const MY_NEXT = graphql(`query AccessMyNext { myNextMeetings { id } }`);
const MEMBERS = graphql(`query AccessMembers { members { id } }`);
const SEARCH = graphql(`query AccessSearch($programmeId: ID!) { participantSearch(programmeId: $programmeId, search: "Figure") { id } }`);
const FIGURES = graphql(`query AccessFigures { programmeFigures(from: "2026-01-01", to: "2026-12-31") { meetingsHeld } }`);
const RESIDENT_ATTENDANCE = graphql(`query AccessResidentAttendance($id: ID!) { resident(id: $id) { attendance { meetingId } } }`);
const CREATE = graphql(`mutation AccessCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`);
const UPDATE = graphql(`mutation AccessUpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }`);
const LEADERS = graphql(`mutation AccessLeaders($programmeId: ID!, $userIds: [ID!]!, $memberIds: [ID!]!) { setProgrammeLeaders(programmeId: $programmeId, userIds: $userIds, memberIds: $memberIds) { id } }`);
const GENERATE = graphql(`mutation AccessGenerate($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id } }`);
const ADD = graphql(`mutation AccessAddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id } }`);
const MOVE = graphql(`mutation AccessMoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id } }`);
const CANCEL = graphql(`mutation AccessCancelMeeting($id: ID!, $version: Int!) { cancelMeeting(id: $id, version: $version, reason: "Access test") { id } }`);
const RECORD = graphql(`mutation AccessRecord($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`);
const CREATE_MEMBER = graphql(`mutation AccessCreateMember($input: CreateMemberInput!) { createMember(input: $input) { id } }`);
const ENROL = graphql(`mutation AccessEnrol($programmeId: ID!, $participantId: ID!) { enrol(programmeId: $programmeId, participantId: $participantId, kind: MEMBER) { id } }`);
const UPDATE_ENROLMENT = graphql(`mutation AccessUpdateEnrolment($input: UpdateEnrolmentInput!) { updateEnrolment(input: $input) { id } }`);

describe('programmes: access by role, the group leader walk, other organisations', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('programme-access', (suite) => ({ owner, api, a, b, ta, tb } = suite));

  /** Tenant A: the group leader's programme with participants, another programme, and their case files. */
  const f = {} as {
    led: { id: string };
    other: { id: string };
    held: { id: string };
    otherHeld: { id: string };
    rita: { id: string };
    rolf: { id: string };
    otto: { id: string };
    member: { id: string };
    enrolment: { id: string };
    goal: string;
    session: string;
  };

  beforeAll(async () => {
    await onOsloTime(owner, a.id);
    const yesterday = addDays(osloDay(), -1);
    f.rita = await createResident(api, ta.MANAGER, { firstName: 'Rita', lastName: 'Inprogramme', phone: '+47 900 11 222', email: 'rita.private@example.org', dateOfBirth: '1990-05-05' });
    f.rolf = await createRelative(api, ta.MANAGER, { firstName: 'Rolf', lastName: 'Relinprog', phone: '+47 411 22 333', residentId: f.rita.id, relationship: 'PARENT' });
    f.otto = await createResident(api, ta.MANAGER, { firstName: 'Otto', lastName: 'Outsider' });
    f.goal = (await createGoal(api, ta.MANAGER, { residentId: f.rita.id, domain: 'WORK', title: 'SECRETGOAL find a job' })).id;
    await createGoal(api, ta.MANAGER, { residentId: f.otto.id, domain: 'HEALTH', title: 'SECRETGOAL see a doctor' });
    f.session = (await logSession(api, ta.MANAGER, { residentId: f.rita.id, occurredOn: yesterday, durationMinutes: 30, kind: 'INDIVIDUAL', notes: 'SECRETNOTE about Rita' })).id;
    f.member = await createMember(api, ta.MANAGER, { firstName: 'Mo', lastName: 'Figure', kind: 'VOLUNTEER' });
    f.led = await createProgramme(api, ta.MANAGER, programmeInput({ name: 'Led group', leaderUserIds: [a.users.GROUP_LEADER.id], schedule: { intervalWeeks: 1, weekday: 3, startTime: '18:00', endTime: '19:00' } }));
    f.other = await createProgramme(api, ta.MANAGER, programmeInput({ name: 'Other group' }));
    f.enrolment = await enrol(api, ta.MANAGER, { programmeId: f.led.id, participantId: f.rita.id, kind: 'RESIDENT' });
    f.held = await addMeeting(api, ta.MANAGER, { programmeId: f.led.id, startsAt: osloTime(yesterday, '18:00'), endsAt: osloTime(yesterday, '19:00') });
    await recordAttendance(api, ta.MANAGER, {
      meetingId: f.held.id,
      guestCount: 2,
      entries: [
        { participantId: f.rita.id, kind: 'RESIDENT', present: true },
        { participantId: f.rolf.id, kind: 'RELATIVE', present: true },
        { participantId: f.member.id, kind: 'MEMBER', present: false },
      ],
    });
    f.otherHeld = await addMeeting(api, ta.MANAGER, { programmeId: f.other.id, startsAt: osloTime(yesterday, '12:00'), endsAt: osloTime(yesterday, '13:00') });
    await recordAttendance(api, ta.MANAGER, { meetingId: f.otherHeld.id, entries: [{ participantId: f.otto.id, kind: 'RESIDENT', present: true }] });
    // Records of other capabilities that a group leader lists, linked to the leader's own participant.
    await recordHandout(api, ta.MANAGER, { handedOutOn: yesterday, kind: 'FOOD_PARCEL', quantity: 1, residentId: f.rita.id });
  });

  const version = async (table: 'programme' | 'meeting' | 'enrolment', id: string) =>
    (await ownerQuery<{ version: number }>(owner, a.id, `select version from ${table} where tenant_id = ? and id = ?`, [a.id, id]))[0].version;
  const futureMeeting = () => {
    const day = addDays(osloDay(), 5);
    return addMeeting(api, ta.MANAGER, { programmeId: f.led.id, startsAt: osloTime(day, '18:00'), endsAt: osloTime(day, '19:00') });
  };

  it('lets each role do what the access rules say, and nothing else', async () => {
    const { MANAGER: M, COUNSELLOR: C, GROUP_LEADER: G, CONSORTIUM_COORDINATOR: X } = Role;
    const only = (allowed: Role[], refusal = 'FORBIDDEN', overrides: Partial<Record<Role, Outcome>> = {}) =>
      Object.fromEntries(Object.values(Role).map((r) => [r, overrides[r] ?? (allowed.includes(r) ? 'OK' : refusal)])) as Record<Role, Outcome>;
    const day = addDays(osloDay(), 6);
    const operations: [string, (token: string) => Promise<GqlResult<unknown>>, Record<Role, Outcome>][] = [
      ['programmes', (token) => api.gql(PROGRAMMES, {}, { token }), only([M, C, G])],
      ['programme (led)', (token) => api.gql(PROGRAMME, { id: f.led.id }, { token }), only([M, C, G])],
      ['programme (not led)', (token) => api.gql(PROGRAMME, { id: f.other.id }, { token }), only([M, C], 'FORBIDDEN', { [G]: 'NOT_FOUND' })],
      ['meeting (led)', (token) => api.gql(MEETING, { id: f.held.id }, { token }), only([M, C, G])],
      ['meeting (not led)', (token) => api.gql(MEETING, { id: f.otherHeld.id }, { token }), only([M, C], 'FORBIDDEN', { [G]: 'NOT_FOUND' })],
      ['myNextMeetings', (token) => api.gql(MY_NEXT, {}, { token }), only([M, C, G, X])],
      ['members', (token) => api.gql(MEMBERS, {}, { token }), only([M, C])],
      ['participantSearch (led)', (token) => api.gql(SEARCH, { programmeId: f.led.id }, { token }), only([M, C, G])],
      ['participantSearch (not led)', (token) => api.gql(SEARCH, { programmeId: f.other.id }, { token }), only([M, C], 'FORBIDDEN', { [G]: 'NOT_FOUND' })],
      ['programmeFigures', (token) => api.gql(FIGURES, {}, { token }), only([M])],
      ['Resident.attendance', (token) => api.gql(RESIDENT_ATTENDANCE, { id: f.rita.id }, { token }), only([M, C])],
      ['createProgramme', (token) => api.gql(CREATE, { input: programmeInput() }, { token }), only([M])],
      ['updateProgramme', async (token) => api.gql(UPDATE, { input: { id: f.led.id, version: await version('programme', f.led.id), description: 'x' } }, { token }), only([M])],
      ['setProgrammeLeaders', (token) => api.gql(LEADERS, { programmeId: f.led.id, userIds: [a.users.GROUP_LEADER.id], memberIds: [] }, { token }), only([M])],
      ['generateMeetings', (token) => api.gql(GENERATE, { programmeId: f.led.id }, { token }), only([M])],
      ['addMeeting (led)', (token) => api.gql(ADD, { input: { programmeId: f.led.id, startsAt: osloTime(day, '10:00'), endsAt: osloTime(day, '11:00') } }, { token }), only([M, G])],
      ['addMeeting (not led)', (token) => api.gql(ADD, { input: { programmeId: f.other.id, startsAt: osloTime(day, '10:00'), endsAt: osloTime(day, '11:00') } }, { token }), only([M], 'FORBIDDEN', { [G]: 'NOT_FOUND' })],
      ['moveMeeting (led)', async (token) => {
        const m = await futureMeeting();
        return api.gql(MOVE, { input: { id: m.id, version: m.version, startsAt: osloTime(day, '12:00'), endsAt: osloTime(day, '13:00') } }, { token });
      }, only([M, G])],
      ['cancelMeeting (led)', async (token) => {
        const m = await futureMeeting();
        return api.gql(CANCEL, { id: m.id, version: m.version }, { token });
      }, only([M, G])],
      ['cancelMeeting (not led)', async (token) => {
        const m = await addMeeting(api, ta.MANAGER, { programmeId: f.other.id, startsAt: osloTime(day, '18:00'), endsAt: osloTime(day, '19:00') });
        return api.gql(CANCEL, { id: m.id, version: m.version }, { token });
      }, only([M], 'FORBIDDEN', { [G]: 'NOT_FOUND' })],
      ['recordAttendance (led)', (token) => api.gql(RECORD, { input: { meetingId: f.held.id, entries: [{ participantId: f.member.id, kind: 'MEMBER', present: false }] } }, { token }), only([M, C, G])],
      ['recordAttendance (not led)', (token) => api.gql(RECORD, { input: { meetingId: f.otherHeld.id, entries: [] } }, { token }), only([M, C], 'FORBIDDEN', { [G]: 'NOT_FOUND' })],
      ['createMember', (token) => api.gql(CREATE_MEMBER, { input: { firstName: 'New', lastName: 'Member', kind: 'MEMBER' } }, { token }), only([M, C])],
      ['enrol', async (token) => {
        const m = await createMember(api, ta.MANAGER, { firstName: 'Enrol', lastName: 'Me', kind: 'MEMBER' });
        return api.gql(ENROL, { programmeId: f.led.id, participantId: m.id }, { token });
      }, only([M, C])],
      ['updateEnrolment', async (token) => api.gql(UPDATE_ENROLMENT, { input: { id: f.enrolment.id, version: await version('enrolment', f.enrolment.id), hours: 2 } }, { token }), only([M, C])],
    ];
    const actual: Record<string, Record<Role, Outcome>> = {};
    const expected: Record<string, Record<Role, Outcome>> = {};
    for (const [name, run, rule] of operations) {
      expected[name] = rule;
      actual[name] = {} as Record<Role, Outcome>;
      for (const role of Object.values(Role)) actual[name][role] = outcome(await run(ta[role]));
    }
    expect(actual).toEqual(expected);
  });

  it("a group leader's token reads nothing of anyone's case file through any root query; their own participants only as names", async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const ids: Record<string, string> = { programme: f.led.id, meeting: f.held.id, relative: f.rolf.id, goal: f.goal, counsellingSession: f.session };
    const idFor = (root: string, arg: string) => (arg === 'id' ? (ids[root] ?? f.rita.id) : arg === 'programmeId' ? f.led.id : arg === 'relativeId' ? f.rolf.id : f.rita.id);
    const walked = new Set<string>();
    const ownNamesSeen = new Set<string>();
    const problems: string[] = [];
    const CASE_FILE_TYPES = new Set(['Resident', 'ResidentConnection', 'Relative', 'Residence', 'Stay', 'Goal', 'CounsellingSession', 'CounsellingTotals', 'Assessment', 'AuditEntry', 'Member']);

    for (const root of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      const args = argumentsOf(root, (arg) => argumentValue(arg, idFor(root.name, arg.name)));
      if (args === null) {
        problems.push(`${root.name}: the walk cannot make up its arguments`);
        continue;
      }
      const named = getNamedType(root.type);
      const query = `{ ${root.name}${args}${isObjectType(named) ? ` { ${selection(schema, named, 2)} }` : ''} }`;
      const invalid = validate(schema, parse(query));
      if (invalid.length) problems.push(`${root.name}: the walk's query is invalid (${invalid.map((e) => e.message).join('; ')})`);
      const result = await api.gql(query, {}, { token: ta.GROUP_LEADER });
      const limit = result.errors?.find((e) => typeof e.extensions?.limit === 'number');
      if (limit || result.status >= 500) problems.push(`${root.name}: the walk's query was refused (${JSON.stringify(result.errors)})`);
      const text = JSON.stringify(result.data ?? null);
      for (const secret of SECRETS) if (text.includes(secret)) problems.push(`${root.name} disclosed "${secret}"`);
      if (CASE_FILE_TYPES.has(named.name) && (result.data?.[root.name] != null || !result.errors?.some((e) => e.extensions?.code === 'FORBIDDEN'))) {
        problems.push(`${root.name} (${named.name}) was not refused`);
      }
      inspect(result.data?.[root.name], root.type, `${root.name}`, (path, parent, field, value) => {
        walked.add(parent);
        for (const name of OWN_PARTICIPANTS) {
          if (typeof value === 'string' && value.includes(name)) {
            if (parent === 'Participant' && field === 'displayName') ownNamesSeen.add(name);
            else problems.push(`${path} shows ${name} outside Participant.displayName`);
          }
        }
      });
    }
    expect(problems).toEqual([]);
    // The walk did reach the leader's programme, its meetings and its participants.
    expect([...walked]).toEqual(expect.arrayContaining(['Programme', 'Meeting', 'Participant', 'AttendanceEntry', 'Enrolment', 'ProgrammeLeader']));
    expect([...ownNamesSeen].sort()).toEqual([...OWN_PARTICIPANTS].sort());
  });

  it("another organisation's programmes, meetings, enrolments, members and people are NOT_FOUND in every operation, and nothing of A changes", async () => {
    const snapshot = () =>
      ownerQuery(
        owner,
        a.id,
        `select (select json_agg(t order by id) from programme t where tenant_id = ?) as programmes, (select json_agg(t order by id) from meeting t where tenant_id = ?) as meetings,
                (select json_agg(t order by id) from attendance t where tenant_id = ?) as attendance, (select json_agg(t order by id) from enrolment t where tenant_id = ?) as enrolments,
                (select json_agg(t order by id) from programme_leader t where tenant_id = ?) as leaders, (select json_agg(t order by id) from member t where tenant_id = ?) as members`,
        [a.id, a.id, a.id, a.id, a.id, a.id],
      );
    const bProgramme = await createProgramme(api, tb.MANAGER, programmeInput({ leaderUserIds: [b.users.GROUP_LEADER.id] }));
    const bMeeting = await addMeeting(api, tb.MANAGER, { programmeId: bProgramme.id, startsAt: osloTime(addDays(osloDay(), -1), '10:00'), endsAt: osloTime(addDays(osloDay(), -1), '11:00') });
    const aMeeting = await futureMeeting();
    const aDepartment = (await createDepartment(api, ta.MANAGER, { name: 'A only' })).id;
    const before = await snapshot();
    const day = addDays(osloDay(), 3);
    const cases: [string, () => Promise<GqlResult<unknown>>][] = [
      ['programme', () => api.gql(PROGRAMME, { id: f.led.id }, { token: tb.MANAGER })],
      ['meeting', () => api.gql(MEETING, { id: f.held.id }, { token: tb.MANAGER })],
      ['participantSearch', () => api.gql(SEARCH, { programmeId: f.led.id }, { token: tb.MANAGER })],
      ['updateProgramme', () => api.gql(UPDATE, { input: { id: f.led.id, version: 1, name: 'Taken' } }, { token: tb.MANAGER })],
      ['setProgrammeLeaders', () => api.gql(LEADERS, { programmeId: f.led.id, userIds: [], memberIds: [] }, { token: tb.MANAGER })],
      ['setProgrammeLeaders (A user)', () => api.gql(LEADERS, { programmeId: bProgramme.id, userIds: [a.users.GROUP_LEADER.id], memberIds: [] }, { token: tb.MANAGER })],
      ['setProgrammeLeaders (A member)', () => api.gql(LEADERS, { programmeId: bProgramme.id, userIds: [], memberIds: [f.member.id] }, { token: tb.MANAGER })],
      ['createProgramme (A leader)', () => api.gql(CREATE, { input: programmeInput({ leaderUserIds: [a.users.MANAGER.id] }) }, { token: tb.MANAGER })],
      ['createProgramme (A department)', () => api.gql(CREATE, { input: programmeInput({ departmentId: aDepartment }) }, { token: tb.MANAGER })],
      ['generateMeetings', () => api.gql(GENERATE, { programmeId: f.led.id }, { token: tb.MANAGER })],
      ['addMeeting', () => api.gql(ADD, { input: { programmeId: f.led.id, startsAt: osloTime(day, '10:00'), endsAt: osloTime(day, '11:00') } }, { token: tb.MANAGER })],
      ['addMeeting (group leader)', () => api.gql(ADD, { input: { programmeId: f.led.id, startsAt: osloTime(day, '10:00'), endsAt: osloTime(day, '11:00') } }, { token: tb.GROUP_LEADER })],
      ['moveMeeting', () => api.gql(MOVE, { input: { id: aMeeting.id, version: aMeeting.version, startsAt: osloTime(day, '12:00'), endsAt: osloTime(day, '13:00') } }, { token: tb.MANAGER })],
      ['cancelMeeting', () => api.gql(CANCEL, { id: aMeeting.id, version: aMeeting.version }, { token: tb.MANAGER })],
      ['recordAttendance', () => api.gql(RECORD, { input: { meetingId: f.held.id, entries: [] } }, { token: tb.MANAGER })],
      ['recordAttendance (A resident)', () => api.gql(RECORD, { input: { meetingId: bMeeting.id, entries: [{ participantId: f.rita.id, kind: 'RESIDENT', present: true }] } }, { token: tb.MANAGER })],
      ['recordAttendance (A member)', () => api.gql(RECORD, { input: { meetingId: bMeeting.id, entries: [{ participantId: f.member.id, kind: 'MEMBER', present: true }] } }, { token: tb.GROUP_LEADER })],
      ['enrol', () => api.gql(ENROL, { programmeId: f.led.id, participantId: f.member.id }, { token: tb.MANAGER })],
      ['enrol (A member)', () => api.gql(ENROL, { programmeId: bProgramme.id, participantId: f.member.id }, { token: tb.MANAGER })],
      ['updateEnrolment', () => api.gql(UPDATE_ENROLMENT, { input: { id: f.enrolment.id, version: 1, hours: 1 } }, { token: tb.MANAGER })],
      ['createMember (A department)', () => api.gql(CREATE_MEMBER, { input: { firstName: 'X', lastName: 'Y', kind: 'MEMBER', departmentId: aDepartment } }, { token: tb.MANAGER })],
    ];
    const outcomes = Object.fromEntries(await sequential(cases.map(([name, run]) => async () => [name, outcome(await run())] as const)));
    expect(outcomes).toEqual(Object.fromEntries(cases.map(([name]) => [name, 'NOT_FOUND'])));
    // B's lists show nothing of A.
    const lists = JSON.stringify([ok(await api.gql(PROGRAMMES, {}, { token: tb.MANAGER })), ok(await api.gql(MY_NEXT, {}, { token: tb.GROUP_LEADER }))]);
    for (const id of [f.led.id, f.other.id, f.held.id]) expect(lists).not.toContain(id);
    expect(await snapshot()).toEqual(before);
  });
});

/** Runs async steps one after the other. */
async function sequential<T>(steps: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const step of steps) results.push(await step());
  return results;
}

// ---- The walk's query builder -------------------------------------------------------------------

/** A literal for an argument, or undefined when the walk cannot make one up. */
function argumentValue(arg: GraphQLArgument, id?: string): string | undefined {
  const named = getNamedType(arg.type);
  if (named.name === 'ID') return JSON.stringify(id ?? '00000000-0000-4000-8000-000000000000');
  if (named.name === 'Date') return JSON.stringify(arg.name === 'to' ? '2030-12-31' : '2021-01-01');
  if (named.name === 'DateTime') return JSON.stringify('2026-01-01T00:00:00Z');
  if (named.name === 'String') return JSON.stringify('Outsider');
  if (named.name === 'Int') return '2';
  if (named.name === 'Float') return '1';
  if (named.name === 'Boolean') return 'false';
  if (isEnumType(named)) return named.getValues()[0].name;
  return undefined;
}

/** `(a: …, first: 2)` with every required argument (and `first`), '' for none, null when a required one cannot be made up. */
function argumentsOf(field: GraphQLField<unknown, unknown>, value: (arg: GraphQLArgument) => string | undefined = (arg) => argumentValue(arg)): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (arg.name === 'first') parts.push('first: 5');
    else if (isNonNullType(arg.type)) {
      const literal = value(arg);
      if (literal === undefined) return null;
      parts.push(`${arg.name}: ${literal}`);
    }
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** Every field of `type` that the walk can ask for, objects `depth` levels further down. */
function selection(schema: GraphQLSchema, type: GraphQLObjectType, depth: number): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const args = argumentsOf(field);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(`${field.name}${args}`);
    else if (isObjectType(named) && depth > 0) parts.push(`${field.name}${args} { ${selection(schema, named, depth - 1)} }`);
  }
  return parts.join(' ');
}

/** Calls `visit` for every leaf value of an answer with its path, the object type holding it and the field name. */
function inspect(value: unknown, type: GraphQLOutputType, path: string, visit: (path: string, parent: string, field: string, value: unknown) => void): void {
  if (value == null) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    (value as unknown[]).forEach((item, i) => inspect(item, nullable.ofType, `${path}.${i}`, visit));
    return;
  }
  if (!isObjectType(nullable)) return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (key === '__typename') continue;
    const field = nullable.getFields()[key];
    if (!field) continue;
    if (isLeafType(getNamedType(field.type))) visit(`${path}.${key}`, nullable.name, key, child);
    else inspect(child, field.type, `${path}.${key}`, visit);
  }
  visit(path, nullable.name, '__typename', null);
}
