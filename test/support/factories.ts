import type { MikroORM } from '@mikro-orm/postgresql';
import { Assessment, AssessmentInstrument } from '@bridgeway/api-assessments';
import { UserAccount, hashPassword } from '@bridgeway/api-organisations';
import { Relative, ResidentRelative } from '@bridgeway/api-relatives';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { Relationship, Role } from '@bridgeway/shared-domain';
import { graphql, ok, type Answer, type TestApi } from './api.js';
import type { LogCounsellingSessionInput, LogRelativeSessionInput, RecordAssessmentInput, TypedDocumentString } from './gql/graphql.js';
import { TEST_PASSWORD, type TestTenant } from './tenants.js';

/**
 * The one set of test factories. Through the API: records made as a client makes them
 * (validated, audited). As the owner: rows written straight into a tenant (no API, no audit),
 * for suites that need data the API would refuse or should not see being made.
 */

export type Tokens = Record<Role, string>;

/** A bearer token for every role of the tenant (createTestTenant makes one user per role). */
export async function signInAll(api: TestApi, tenant: TestTenant): Promise<Tokens> {
  const tokens = {} as Tokens;
  for (const role of Object.values(Role)) tokens[role] = (await api.login(tenant.users[role].email)).token;
  return tokens;
}

// ---- Through the API ------------------------------------------------------------------------

/** A factory that runs `document` with `{ input }` and returns the answer's `field`; the test fails on an error. */
function viaApi<T, K extends keyof Answer<T>, I>(document: TypedDocumentString<T, { input: I }>, field: K) {
  return async (api: TestApi, token: string, input: I) => ok(await api.gql(document, { input }, { token }))[field];
}

export const CREATE_RESIDENCE = graphql(`mutation CreateResidence($input: CreateResidenceInput!) { createResidence(input: $input) { id name capacity occupancy freeBeds closedOn } }`);
export const CREATE_RESIDENT = graphql(`mutation CreateResident($input: CreateResidentInput!) { createResident(input: $input) { id firstName lastName status version intakeDate } }`);
export const ADMIT = graphql(`mutation AdmitResident($input: AdmitResidentInput!) { admitResident(input: $input) { id admittedOn dischargedOn bed { id room label } resident { id status } residence { id occupancy } } }`);
export const DISCHARGE = graphql(`mutation DischargeResident($input: DischargeResidentInput!) { dischargeResident(input: $input) { id admittedOn dischargedOn dischargeReason dischargeNote resident { id status } } }`);

export const createResidence = viaApi(CREATE_RESIDENCE, 'createResidence');
const createResidentAs = viaApi(CREATE_RESIDENT, 'createResident');
/**
 * A resident with an intake date well in the past unless the test gives one (the API's default is
 * today, and sessions dated before the intake are refused): tests log sessions on fixed dates.
 */
export const createResident: typeof createResidentAs = (api, token, input) => createResidentAs(api, token, { intakeDate: '2020-01-01', ...input });
export const admit = viaApi(ADMIT, 'admitResident');
export const createRelative = viaApi(graphql(`mutation FactoryCreateRelative($input: CreateRelativeInput!) { createRelative(input: $input) { id } }`), 'createRelative');
const logSessionAs = viaApi(graphql(`mutation FactoryLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }`), 'logCounsellingSession');
const logRelativeSessionAs = viaApi(graphql(`mutation FactoryLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }`), 'logRelativeSession');
/** A session needs notes or a domain: the factories write a line of notes unless the input has its own. */
export const logSession = (api: TestApi, token: string, input: LogCounsellingSessionInput) => logSessionAs(api, token, { notes: 'Session notes', ...input });
export const logRelativeSession = (api: TestApi, token: string, input: LogRelativeSessionInput) => logRelativeSessionAs(api, token, { notes: 'Session notes', ...input });
export const createGoal = viaApi(graphql(`mutation FactoryCreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { id } }`), 'createGoal');

const recordBarc = viaApi(graphql(`mutation FactoryRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`), 'recordAssessment');

/** A BARC-10 administration with all ten scores 3 unless `input` says otherwise. */
export function recordAssessment(api: TestApi, token: string, input: Pick<RecordAssessmentInput, 'residentId' | 'takenOn'> & Partial<RecordAssessmentInput>) {
  return recordBarc(api, token, { instrumentCode: 'BARC-10', scores: Array<number>(10).fill(3), ...input });
}

// ---- As the owner ---------------------------------------------------------------------------

/** A resident (random last name, intake 2024-01-01), optionally with a key worker. */
export async function insertResident(owner: MikroORM, tenantId: string, keyWorkerId?: string): Promise<string> {
  const em = forkForTenant(owner.em, tenantId);
  const resident = em.create(Resident, {
    tenant: em.getReference(Tenant, tenantId),
    firstName: 'Resident',
    lastName: Math.random().toString(36).slice(2, 8),
    intakeDate: '2024-01-01',
    keyWorker: keyWorkerId ? em.getReference(UserAccount, [tenantId, keyWorkerId]) : null,
  });
  await em.flush();
  return resident.id;
}

/** A relative, optionally linked to a resident as PARENT. */
export async function insertRelative(owner: MikroORM, tenantId: string, linkedResidentId?: string): Promise<string> {
  const em = forkForTenant(owner.em, tenantId);
  const tenant = em.getReference(Tenant, tenantId);
  const relative = em.create(Relative, { tenant, firstName: 'Relative', lastName: Math.random().toString(36).slice(2, 8) });
  if (linkedResidentId) em.create(ResidentRelative, { tenant, resident: em.getReference(Resident, [tenantId, linkedResidentId]), relative, relationship: Relationship.PARENT });
  await em.flush();
  return relative.id;
}

/** An extra staff member (createTestTenant makes one per role); signs in with TEST_PASSWORD. */
export async function insertStaff(owner: MikroORM, t: TestTenant, role: Role, label: string): Promise<{ id: string; email: string }> {
  const em = forkForTenant(owner.em, t.id);
  const email = `${label}.${t.id.slice(0, 8)}@staff.test`;
  const user = em.create(UserAccount, { tenant: em.getReference(Tenant, t.id), email, displayName: `${label} ${t.id.slice(0, 8)}`, role, passwordHash: await hashPassword(TEST_PASSWORD) });
  await em.flush();
  return { id: user.id, email };
}

/** An assessment instrument of three items (scale 0..4) as reference data, until dropInstrument. */
export async function insertInstrument(owner: MikroORM, code: string): Promise<void> {
  const em = owner.em.fork();
  em.create(AssessmentInstrument, {
    code,
    name: `Test instrument ${code}`,
    description: null,
    itemMin: 0,
    itemMax: 4,
    items: [
      { key: 'sleep', text: { en: 'I sleep well.', sl: 'Dobro spim.' } },
      { key: 'mood', text: { en: 'My mood is stable.' } },
      { key: 'cravings', text: { en: 'Cravings are manageable.', nb: 'Suget er til å leve med.' } },
    ],
  });
  await em.flush();
}

/** Removes an instrument of insertInstrument and the tenants' assessments of it. */
export async function dropInstrument(owner: MikroORM, code: string, tenantIds: string[]): Promise<void> {
  for (const tenantId of tenantIds) await forkForTenant(owner.em, tenantId).nativeDelete(Assessment, { tenant: tenantId, instrument: { code } });
  await owner.em.fork().nativeDelete(AssessmentInstrument, { code });
}

/** The day `days` from today (UTC), as YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A department (ACTIVE) made by a manager through the API. */
export const createDepartment = viaApi(graphql(`mutation FactoryCreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name version } }`), 'createDepartment');

// ---- Helpline and material support ----------------------------------------------------------

/** A helpline contact logged through the API: anonymous unless the input links a relative or resident. */
export const logHelplineContact = viaApi(graphql(`mutation FactoryLogHelplineContact($input: LogHelplineContactInput!) { logHelplineContact(input: $input) { id occurredAt } }`), 'logHelplineContact');
/** A grief follow-up plan with its planned contacts (in date order). */
export const startGriefFollowUp = viaApi(graphql(`mutation FactoryStartGriefFollowUp($input: StartGriefFollowUpInput!) { startGriefFollowUp(input: $input) { id version contacts { id plannedOn } } }`), 'startGriefFollowUp');
/** A handout recorded through the API (exactly one recipient: residentId, relativeId or anonymousRecipients). */
export const recordHandout = viaApi(graphql(`mutation FactoryRecordHandout($input: RecordHandoutInput!) { recordHandout(input: $input) { id } }`), 'recordHandout');

// ---- Programmes ------------------------------------------------------------------------------

/** A programme through the API (a manager's token); `version` for updateProgramme. */
export const createProgramme = viaApi(graphql(`mutation FactoryCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version } }`), 'createProgramme');
/** A one-off meeting (a manager's token, or a leader's of the programme). */
export const addMeeting = viaApi(graphql(`mutation FactoryAddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id version startsAt } }`), 'addMeeting');
export const recordAttendance = viaApi(graphql(`mutation FactoryRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status guestCount } }`), 'recordAttendance');
export const createMember = viaApi(graphql(`mutation FactoryCreateMember($input: CreateMemberInput!) { createMember(input: $input) { id } }`), 'createMember');

const ENROL = graphql(`mutation FactoryEnrol($programmeId: ID!, $participantId: ID!, $kind: ParticipantKind!, $enrolledOn: Date) { enrol(programmeId: $programmeId, participantId: $participantId, kind: $kind, enrolledOn: $enrolledOn) { id version } }`);

/** Enrols a resident, relative or member in a programme (a case worker's token). */
export async function enrol(api: TestApi, token: string, vars: { programmeId: string; participantId: string; kind: 'RESIDENT' | 'RELATIVE' | 'MEMBER'; enrolledOn?: string }) {
  return ok(await api.gql(ENROL, vars, { token })).enrol;
}

// ---- Consortia (as the owner: the API has no operation that sets them up) -----------------------

/** A consortium of `memberIds` (joined 2020-01-01) coordinated by `coordinators` ({ tenantId, userId }); returns its id. */
export async function createConsortium(
  owner: MikroORM,
  name: string,
  memberIds: string[],
  coordinators: { tenantId: string; userId: string }[] = [],
  smallCellThreshold = 5,
): Promise<string> {
  const em = owner.em.fork();
  const [{ id }] = await em.execute<{ id: string }[]>('insert into consortium (id, name, small_cell_threshold) values (gen_random_uuid(), ?, ?) returning id', [name, smallCellThreshold]);
  for (const tenantId of memberIds) {
    await em.execute(`insert into consortium_member (tenant_id, id, consortium_id, joined_on) values (?, gen_random_uuid(), ?, '2020-01-01')`, [tenantId, id]);
  }
  for (const c of coordinators) {
    await em.execute('insert into consortium_coordinator (tenant_id, id, consortium_id, user_id) values (?, gen_random_uuid(), ?, ?)', [c.tenantId, id, c.userId]);
  }
  return id;
}

// ---- Strategic plans --------------------------------------------------------------------------

export const createPlan = viaApi(graphql(`mutation FactoryCreatePlan($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id version periodStart periodEnd } }`), 'createStrategicPlan');
export const addObjective = viaApi(graphql(`mutation FactoryAddObjective($input: AddObjectiveInput!) { addObjective(input: $input) { id } }`), 'addObjective');
export const addIndicator = viaApi(graphql(`mutation FactoryAddIndicator($input: AddIndicatorInput!) { addIndicator(input: $input) { id version } }`), 'addIndicator');
export const addMilestone = viaApi(graphql(`mutation FactoryAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`), 'addMilestone');

/** A goal of `domain` that became ACHIEVED at `achievedAt` (its last status change), written as the owner. */
export async function insertAchievedGoal(owner: MikroORM, t: TestTenant, residentId: string, domain: string, achievedAt: string): Promise<string> {
  const em = forkForTenant(owner.em, t.id);
  const counsellor = t.users.COUNSELLOR.id;
  const [goal] = await em.execute<{ id: string }[]>(
    `insert into goal (tenant_id, id, resident_id, domain, title, status, progress, created_by_id, created_at, updated_at)
     values (?, gen_random_uuid(), ?, ?, 'Goal', 'ACHIEVED', 100, ?, now(), now()) returning id`,
    [t.id, residentId, domain, counsellor],
  );
  await em.execute(
    `insert into goal_event (tenant_id, id, goal_id, changed_by_id, changed_at, from_status, to_status, from_progress, to_progress)
     values (?, gen_random_uuid(), ?, ?, ?, 'IN_PROGRESS', 'ACHIEVED', 50, 100)`,
    [t.id, goal.id, counsellor, achievedAt],
  );
  return goal.id;
}
