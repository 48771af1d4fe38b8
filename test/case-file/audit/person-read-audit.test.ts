import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { personRecordTypes } from '@bridgeway/api-audit';
import { Role } from '@bridgeway/shared-domain';
import { startApi, type TestApi } from '../../support/api.js';
import { addMeeting, admit, createGoal, createMember, createProgramme, createRelative, createResidence, createResident, daysFromToday, enrol, logHelplineContact, logRelativeSession, logSession, recordAssessment, recordAttendance, recordHandout, startGriefFollowUp } from '../../support/factories.js';
import { ownerOrm } from '../../support/orm.js';
import { ownerQuery } from '../../support/stored.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';

const MAX_DEPTH = 4;
const today = daysFromToday(0);
const yearAgo = daysFromToday(-365);

/** The person ids behind a record type that has an id of its own (for types without one, any person row counts). */
const PERSONS_OF: Record<string, string> = {
  Stay: 'select resident_id as resident, null as relative from stay where tenant_id = ? and id in (?)',
  Goal: 'select resident_id as resident, null as relative from goal where tenant_id = ? and id in (?)',
  Assessment: 'select resident_id as resident, null as relative from assessment where tenant_id = ? and id in (?)',
  CounsellingSession: 'select resident_id as resident, relative_id as relative from counselling_session where tenant_id = ? and id in (?)',
  HelplineContact: 'select resident_id as resident, relative_id as relative from helpline_contact where tenant_id = ? and id in (?)',
  GriefFollowUp: 'select null as resident, relative_id as relative from grief_follow_up where tenant_id = ? and id in (?)',
  Handout: 'select resident_id as resident, relative_id as relative from handout where tenant_id = ? and id in (?)',
  ErasureRequest: `select case when subject_kind = 'RESIDENT' then subject_id end as resident, case when subject_kind = 'RELATIVE' then subject_id end as relative from erasure_request where tenant_id = ? and id in (?)`,
};

/** Types whose `id` is the person's own id, with the kind the audit row names. */
const PERSON_IDS: Record<string, (found: Record<string, unknown>) => string> = {
  Resident: (f) => `Resident:${f.id}`,
  Relative: (f) => `Relative:${f.id}`,
  Member: (f) => `Member:${f.id}`,
  Participant: (f) => `${({ RESIDENT: 'Resident', RELATIVE: 'Relative', MEMBER: 'Member' } as Record<string, string>)[f.kind as string]}:${f.id}`,
  RetentionCandidate: (f) => `${({ RESIDENT: 'Resident', RELATIVE: 'Relative' } as Record<string, string>)[f.kind as string]}:${f.id}`,
};

interface Path {
  root: GraphQLField<unknown, unknown>;
  steps: string[];
  /** The steps as selected: small pages, so every path stays inside the query cost limit. */
  selections: string[];
  leaf: GraphQLObjectType;
}

const selectionOf = (field: GraphQLField<unknown, unknown>) => (field.args.some((a) => a.name === 'first') ? `${field.name}(first: 3)` : field.name);

/** Every path (root query → … → a person-record type) of at most MAX_DEPTH fields, never revisiting a type. */
function pathsToPersons(schema: GraphQLSchema, personTypes: Set<string>): Path[] {
  const paths: Path[] = [];
  const walk = (root: GraphQLField<unknown, unknown>, type: GraphQLObjectType, steps: string[], selections: string[], seen: Set<string>) => {
    if (personTypes.has(type.name)) paths.push({ root, steps, selections, leaf: type });
    if (steps.length >= MAX_DEPTH) return;
    for (const field of Object.values(type.getFields())) {
      const next = getNamedType(field.type);
      if (!isObjectType(next) || seen.has(next.name) || field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
      walk(root, next, [...steps, field.name], [...selections, selectionOf(field)], new Set([...seen, next.name]));
    }
  };
  for (const root of Object.values(schema.getQueryType()!.getFields())) {
    const type = getNamedType(root.type);
    if (isObjectType(type)) walk(root, type, [], [], new Set([type.name]));
  }
  return paths;
}

const nameOf = (path: Path) => [path.root.name, ...path.steps].join('.');

function queryFor(path: Path, rootArgs: Record<string, string>): string {
  const leafFields = ['__typename', ...['id', 'kind'].filter((f) => f in path.leaf.getFields())].join(' ');
  const body = path.selections.reduceRight((inner, step) => `${step} { ${inner} }`, leafFields);
  const args = rootArgs[path.root.name] ? `(${rootArgs[path.root.name]})` : path.root.args.some((a) => a.name === 'first') ? '(first: 3)' : '';
  return `{ ${path.root.name}${args} { ${body} } }`;
}

/** Collects the objects at the end of `steps` in a response (lists flattened). */
function leaves(value: unknown, steps: string[]): Record<string, unknown>[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, steps));
  if (!steps.length) return [value as Record<string, unknown>];
  return leaves((value as Record<string, unknown>)[steps[0]], steps.slice(1));
}

/**
 * Whatever path discloses a person — a list, a nested field, a bed's occupant, a relative's
 * residents — the request leaves one READ row per person it disclosed. This walks the served
 * schema for every path to a type declared as a person record and runs each one.
 */
describe('every path to a person is audited', () => {
  let owner: MikroORM;
  let api: TestApi;
  let t: TestTenant;
  let token: string;
  const ids: Record<string, string> = {};

  const run = async (query: string) => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'client-chosen-id-123' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    return { body, requestId: res.headers.get('x-request-id')! };
  };

  beforeAll(async () => {
    owner = await ownerOrm();
    t = await createTestTenant(owner, 'read-audit');
    api = await startApi({ LOGIN_THROTTLE_LIMIT: '1000' });
    token = (await api.login(t.users[Role.MANAGER].email)).token;
    ids.residence = (await createResidence(api, token, { name: 'Hiša', capacity: 2 })).id;
    ids.resident = (await createResident(api, token, { firstName: 'Rok', lastName: 'Reader', keyWorkerId: t.users.COUNSELLOR.id, dateOfBirth: '1990-01-01', intakeDate: yearAgo })).id;
    await admit(api, token, { residentId: ids.resident, residenceId: ids.residence, admittedOn: yearAgo });
    ids.relative = (await createRelative(api, token, { firstName: 'Rea', lastName: 'Relative', residentId: ids.resident, relationship: 'PARENT' })).id;
    ids.session = (await logSession(api, token, { residentId: ids.resident, occurredOn: today, durationMinutes: 45, kind: 'INDIVIDUAL', notes: 'n' })).id;
    await logRelativeSession(api, token, { relativeId: ids.relative, occurredOn: today, durationMinutes: 30, kind: 'PHONE' });
    ids.goal = (await createGoal(api, token, { residentId: ids.resident, domain: 'WORK', title: 'A job' })).id;
    await recordAssessment(api, token, { residentId: ids.resident, takenOn: today });
    // Group work, the helpline and material support reach the same people (and a member).
    ids.member = (await createMember(api, token, { firstName: 'Mia', lastName: 'Member', kind: 'VOLUNTEER' })).id;
    ids.programme = (await createProgramme(api, token, { name: 'Group', kind: 'SUPPORT_GROUP', audience: 'OPEN', mode: 'IN_PERSON', startsOn: yearAgo, leaderMemberIds: [ids.member] })).id;
    const startsAt = new Date(Date.now() - 2 * 3600_000);
    ids.meeting = (await addMeeting(api, token, { programmeId: ids.programme, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3600_000).toISOString() })).id;
    await enrol(api, token, { programmeId: ids.programme, participantId: ids.resident, kind: 'RESIDENT' });
    await recordAttendance(api, token, { meetingId: ids.meeting, entries: [{ participantId: ids.resident, kind: 'RESIDENT', present: true }, { participantId: ids.relative, kind: 'RELATIVE', present: true }, { participantId: ids.member, kind: 'MEMBER', present: true }], guestCount: 1 });
    await logHelplineContact(api, token, { durationMinutes: 10, channel: 'PHONE', callerKind: 'RELATIVE', outcome: 'INFORMATION_GIVEN', relativeId: ids.relative });
    await startGriefFollowUp(api, token, { relativeId: ids.relative, startedOn: today, plannedOn: [today] });
    await recordHandout(api, token, { handedOutOn: today, kind: 'FOOD_PARCEL', quantity: 1, residentId: ids.resident });
    // Data protection: a person past the default retention period (retentionReview) and an erasure request (erasureRequests).
    await createResident(api, token, { firstName: 'Olga', lastName: 'Old', keyWorkerId: t.users.COUNSELLOR.id, intakeDate: daysFromToday(-11 * 366) });
    expect((await api.gql(`mutation { recordErasureRequest(input: { subjectKind: RELATIVE, subjectId: "${ids.relative}", receivedOn: "${today}", channel: LETTER }) { id } }`, {}, { token })).errors).toBeUndefined();
  });
  afterAll(async () => {
    await api?.close();
    await owner?.close(true);
  });

  it('declares the person-record types', () => {
    expect(personRecordTypes()).toEqual(expect.arrayContaining(['Assessment', 'CounsellingSession', 'Goal', 'GriefFollowUp', 'Handout', 'HelplineContact', 'Member', 'Participant', 'Relative', 'RelativeLink', 'Resident', 'ResidentMinutes', 'Stay']));
  });

  it('writes one READ row per disclosed person for every path, with the server-made request id', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const rootArgs: Record<string, string> = {
      resident: `id: "${ids.resident}"`,
      relative: `id: "${ids.relative}"`,
      goal: `id: "${ids.goal}"`,
      counsellingSession: `id: "${ids.session}"`,
      residence: `id: "${ids.residence}"`,
      residentAuditTrail: `residentId: "${ids.resident}"`,
      programme: `id: "${ids.programme}"`,
      meeting: `id: "${ids.meeting}"`,
      participantSearch: `programmeId: "${ids.programme}", search: "Re"`,
      possibleDuplicates: 'firstName: "Rok", lastName: "Reader", dateOfBirth: "1990-01-01"',
      programmeFigures: `from: "${yearAgo}", to: "${today}"`,
      helplineFigures: `from: "${yearAgo}", to: "${today}"`,
      materialSupportFigures: `from: "${yearAgo}", to: "${today}"`,
      counsellingTotals: `from: "${yearAgo}", to: "${today}"`,
      occupancyOverTime: `from: "${yearAgo}", to: "${today}"`,
    };
    const paths = pathsToPersons(schema, new Set(personRecordTypes()));
    const missingArgs = paths.filter((p) => p.root.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) && !rootArgs[p.root.name]);
    expect(missingArgs.map((p) => p.root.name)).toEqual([]); // a new root operation needs its arguments here
    expect(paths.length).toBeGreaterThan(20);
    const exercised: string[] = [];
    for (const path of paths) {
      const query = queryFor(path, rootArgs);
      const { body, requestId } = await run(query);
      expect({ query, errors: body.errors }).toEqual({ query, errors: undefined });
      expect(requestId).not.toBe('client-chosen-id-123'); // the server makes the id it stores and echoes
      const found = leaves(body.data?.[path.root.name], path.steps);
      if (!found.length) continue;
      exercised.push(nameOf(path));
      const rows = await ownerQuery<{ entity_type: string; entity_id: string; resident_id: string | null; user_id: string; client_request_id: string | null }>(
        owner, t.id, `select entity_type, entity_id, resident_id, user_id, client_request_id from audit_event where tenant_id = ? and request_id = ? and action = 'READ' and entity_type in ('Resident', 'Relative', 'Member')`, [t.id, requestId],
      );
      const audited = rows.map((r) => `${r.entity_type}:${r.entity_id}`);
      expect({ query, duplicates: audited.length - new Set(audited).size }).toEqual({ query, duplicates: 0 });
      expect(rows.every((r) => r.user_id === t.users.MANAGER.id && r.client_request_id === 'client-chosen-id-123')).toBe(true);
      let expected: string[];
      if (PERSON_IDS[path.leaf.name]) expected = found.map(PERSON_IDS[path.leaf.name]);
      else if (PERSONS_OF[path.leaf.name]) {
        const persons = await ownerQuery<{ resident: string | null; relative: string | null }>(owner, t.id, PERSONS_OF[path.leaf.name], [t.id, found.map((f) => f.id)]);
        expected = persons.flatMap((p) => [p.resident && `Resident:${p.resident}`, p.relative && `Relative:${p.relative}`].filter((x): x is string => !!x));
      } else expected = [];
      expect({ query, missing: expected.filter((e) => !audited.includes(e)) }).toEqual({ query, missing: [] });
      expect({ query, audited: audited.length > 0 }).toEqual({ query, audited: true });
    }
    // The demo set-up reaches a person through every kind of path the schema has.
    for (const type of personRecordTypes()) expect({ type, reached: paths.some((p) => p.leaf.name === type && exercised.includes(nameOf(p))) }).toEqual({ type, reached: true });
    expect(exercised).toEqual(expect.arrayContaining(['residents.edges.node', 'residences.beds.occupant', 'relatives.residents.resident', 'goal.resident', 'resident']));
  });

  it('writes nothing for a page that discloses nobody, and nothing twice for a person reached by two paths', async () => {
    const empty = await run('{ residents(search: "nobody-has-this-name") { edges { node { id } } } }');
    const none = await ownerQuery(owner, t.id, `select 1 from audit_event where tenant_id = ? and request_id = ?`, [t.id, empty.requestId]);
    expect(none).toEqual([]);
    const twice = await run(`{ resident(id: "${ids.resident}") { id stays { resident { id } } goals { resident { id } } } }`);
    const rows = await ownerQuery(owner, t.id, `select entity_id from audit_event where tenant_id = ? and request_id = ?`, [t.id, twice.requestId]);
    expect(rows).toEqual([{ entity_id: ids.resident }]);
  });
});
