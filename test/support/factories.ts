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

// ---- Personal data in every table (as the owner) ------------------------------------------------

/** The rows insertPersonRecords wrote, by the kind of person they belong to and table. */
export interface PersonRecords {
  residentId: string;
  relativeId: string;
  memberId: string;
  /** Row ids per table, for each of the three persons (a table absent for a kind: no row of theirs). */
  rows: Record<'RESIDENT' | 'RELATIVE' | 'MEMBER', Record<string, string[]>>;
  /** In every name, e-mail and free text written about the three (and nowhere else). */
  marker: string;
  /** What identifies each person: the marker in their names, phone, e-mail, and the resident's birth date. */
  identifying: Record<'RESIDENT' | 'RELATIVE' | 'MEMBER', { phone: string; email: string; dateOfBirth?: string }>;
}

/**
 * A resident, a relative of theirs and a programme member, each with a row in every table that
 * can hold their data: names, contact data, a stay (2025), counselling sessions with every text
 * field and a correction, a withdrawn session, an achieved goal and its history, two BARC-10
 * administrations, attendance at a held meeting and enrolments, helpline contacts, a grief
 * follow-up with a done contact, handouts, a consent decision, audit rows and a pending erasure
 * request. Every free text holds
 * `marker`; the residence, programme and meeting around them do not. Written as the owner.
 */
export async function insertPersonRecords(owner: MikroORM, t: TestTenant, dateOfBirth: string): Promise<PersonRecords> {
  const em = forkForTenant(owner.em, t.id);
  const staff = t.users.COUNSELLOR.id;
  const marker = `pd${Math.random().toString(36).slice(2, 10)}`;
  const digits = () => String(Math.floor(1_000_000 + Math.random() * 8_999_999));
  const insert = async (table: string, values: Record<string, string | number | boolean | null>): Promise<string> => {
    const columns = Object.keys(values);
    const [{ id }] = await em.execute<{ id: string }[]>(
      `insert into ${table} (tenant_id, id, ${columns.join(', ')}) values (:tenantId, gen_random_uuid(), ${columns.map((c) => `:${c}`).join(', ')}) returning id`,
      { tenantId: t.id, ...values },
    );
    return id;
  };
  const now = new Date().toISOString();
  const identifying: PersonRecords['identifying'] = {
    RESIDENT: { phone: `+386 40 ${digits()}`, email: `resident.${marker}@example.test`, dateOfBirth },
    RELATIVE: { phone: `+386 41 ${digits()}`, email: `relative.${marker}@example.test` },
    MEMBER: { phone: `+47 9${digits()}`, email: `member.${marker}@example.test` },
  };
  const person = (kind: 'RESIDENT' | 'RELATIVE' | 'MEMBER', first: string) => ({
    first_name: `${first}${marker}`,
    last_name: `Novak${marker}`,
    phone: identifying[kind].phone,
    email: identifying[kind].email,
    created_at: now,
  });
  const residentId = await insert('resident', { ...person('RESIDENT', 'Ana'), date_of_birth: dateOfBirth, intake_date: '2025-01-06', status: 'FOLLOW_UP' });
  const relativeId = await insert('relative', person('RELATIVE', 'Mira'));
  const memberId = await insert('member', { ...person('MEMBER', 'Ole'), kind: 'VOLUNTEER' });
  const rows: PersonRecords['rows'] = { RESIDENT: {}, RELATIVE: {}, MEMBER: {} };
  const add = async (kind: 'RESIDENT' | 'RELATIVE' | 'MEMBER' | ('RESIDENT' | 'RELATIVE')[], table: string, values: Record<string, string | number | boolean | null>) => {
    const id = await insert(table, values);
    for (const k of Array.isArray(kind) ? kind : [kind]) rows[k][table] = [...(rows[k][table] ?? []), id];
    return id;
  };
  rows.RESIDENT.resident = [residentId];
  rows.RELATIVE.relative = [relativeId];
  rows.MEMBER.member = [memberId];
  await add(['RESIDENT', 'RELATIVE'], 'resident_relative', { resident_id: residentId, relative_id: relativeId, relationship: 'PARENT', created_at: now });

  const residenceId = await insert('residence', { name: 'Residence of the erasure test', created_at: now });
  const bedId = await insert('bed', { residence_id: residenceId, room: '1', label: 'A', created_at: now });
  await add('RESIDENT', 'stay', {
    resident_id: residentId, residence_id: residenceId, bed_id: bedId, admitted_on: '2025-01-10', discharged_on: '2025-06-30',
    discharge_reason: 'COMPLETED', discharge_note: `Moved to a flat with her sister, ${marker}`, admitted_by_id: staff, created_at: now,
  });

  const session = (kind: 'RESIDENT' | 'RELATIVE', extra: Record<string, string | number | boolean | null>) =>
    add(kind, 'counselling_session', {
      counsellor_id: staff, occurred_on: '2025-02-03', duration_minutes: 60, kind: 'INDIVIDUAL', domains: '{HOUSING,FAMILY}', created_at: now,
      notes: `Talked about the relapse in January, ${marker}`, hopes: `Hopes to see her son, ${marker}`, resources: `Her sister, ${marker}`,
      useful_experience: `Walking helps, ${marker}`, next_step: `Call the housing office, ${marker}`, ...extra,
    });
  for (const kind of ['RESIDENT', 'RELATIVE'] as const) {
    const sessionId = await session(kind, kind === 'RESIDENT' ? { resident_id: residentId } : { relative_id: relativeId, duration_minutes: 45 });
    await add(kind, 'counselling_session_revision', {
      session_id: sessionId, change: 'CORRECTED', changed_by_id: staff, changed_at: now, reason: `Wrong notes: mixed up with ${marker}`,
      previous: JSON.stringify({ occurredOn: '2025-02-03', durationMinutes: 50, kind: 'INDIVIDUAL', domains: ['HOUSING'], notes: `First notes about ${marker}` }),
    });
  }
  await session('RESIDENT', { resident_id: residentId, occurred_on: '2025-02-10', withdrawn_at: now, withdrawn_by_id: staff, withdrawal_reason: `Logged for ${marker} by mistake` });

  const goalId = await add('RESIDENT', 'goal', {
    resident_id: residentId, domain: 'HOUSING', title: `Own flat near ${marker}`, description: `Away from her old friends, ${marker}`,
    status: 'ACHIEVED', progress: 100, created_by_id: staff, created_at: '2025-02-01T10:00:00Z', updated_at: '2025-05-01T10:00:00Z',
  });
  await add('RESIDENT', 'goal_event', { goal_id: goalId, changed_by_id: staff, changed_at: '2025-05-01T10:00:00Z', from_status: 'IN_PROGRESS', to_status: 'ACHIEVED', from_progress: 50, to_progress: 100, note: `Signed the lease, ${marker}` });
  for (const [takenOn, score] of [['2025-01-15', 2], ['2025-06-15', 4]] as const) {
    await add('RESIDENT', 'assessment', { resident_id: residentId, instrument_code: 'BARC-10', taken_on: takenOn, scores: JSON.stringify(Array<number>(10).fill(score)), total: 10 * score, assessed_by_id: staff, created_at: now });
  }

  const programmeId = await insert('programme', { name: 'Programme of the erasure test', kind: 'SUPPORT_GROUP', audience: 'OPEN', mode: 'IN_PERSON', status: 'ACTIVE', starts_on: '2025-01-01', created_at: now });
  const meetingId = await insert('meeting', { programme_id: programmeId, starts_at: '2025-03-05T17:00:00Z', ends_at: '2025-03-05T19:00:00Z', status: 'HELD', created_at: now });
  const participants = { RESIDENT: { resident_id: residentId }, RELATIVE: { relative_id: relativeId }, MEMBER: { member_id: memberId } } as const;
  for (const kind of ['RESIDENT', 'RELATIVE', 'MEMBER'] as const) {
    await add(kind, 'attendance', { meeting_id: meetingId, ...participants[kind], present: true, recorded_by_id: staff, recorded_at: now });
    await add(kind, 'enrolment', { programme_id: programmeId, ...participants[kind], enrolled_on: '2025-02-01', status: 'COMPLETED', completed_on: '2025-06-01', hours: 12, created_at: now });
  }
  await add('MEMBER', 'programme_leader', { programme_id: programmeId, member_id: memberId });

  const contact = { duration_minutes: 20, channel: 'PHONE', topics: '{SUBSTANCE_USE}', recorded_by_id: staff, created_at: now } as const;
  await add('RESIDENT', 'helpline_contact', { ...contact, occurred_at: '2025-04-02T09:00:00Z', caller_kind: 'PERSON_WITH_ADDICTION', outcome: 'REFERRED', referred_to: `Dr. Kos at the clinic of ${marker}`, notes: `Called at night, ${marker}`, resident_id: residentId });
  await add('RELATIVE', 'helpline_contact', { ...contact, occurred_at: '2025-04-03T09:00:00Z', caller_kind: 'BEREAVED', outcome: 'FOLLOW_UP_BOOKED', notes: `Lost her brother, ${marker}`, relative_id: relativeId });
  const followUpId = await add('RELATIVE', 'grief_follow_up', { relative_id: relativeId, started_on: '2025-04-03', status: 'ACTIVE', responsible_id: staff, note: `Brother died of an overdose, ${marker}`, created_at: now });
  await add('RELATIVE', 'planned_contact', { follow_up_id: followUpId, planned_on: '2025-04-20', status: 'DONE', done_on: '2025-04-20', note: `Cried about the funeral, ${marker}`, created_at: now });
  await add('RESIDENT', 'handout', { handed_out_on: '2025-03-01', kind: 'FOOD_PARCEL', quantity: 2, resident_id: residentId, note: `For her and ${marker}`, recorded_by_id: staff, created_at: now });
  await add('RELATIVE', 'handout', { handed_out_on: '2025-04-05', kind: 'FOOD_PARCEL', quantity: 1, relative_id: relativeId, note: `Bus fare, ${marker}`, recorded_by_id: staff, created_at: now });
  const decisionId = await add('RESIDENT', 'resident_consent', { resident_id: residentId, given: true, decided_on: '2025-01-10', recorded_by_id: staff, created_at: now });

  const audit = (kind: 'RESIDENT' | 'RELATIVE' | 'MEMBER', values: { action: string; entity_type: string; entity_id: string; resident_id?: string; details?: Record<string, unknown> }) =>
    add(kind, 'audit_event', { user_id: staff, request_id: 'factory', occurred_at: now, resident_id: values.resident_id ?? null, action: values.action, entity_type: values.entity_type, entity_id: values.entity_id, details: values.details ? JSON.stringify(values.details) : null });
  await audit('RESIDENT', { action: 'UPDATE', entity_type: 'Resident', entity_id: residentId, resident_id: residentId, details: { consortiumConsent: true, decidedOn: '2025-01-10', decisionId } });
  await audit('RESIDENT', { action: 'UPDATE', entity_type: 'Enrolment', entity_id: rows.RESIDENT.enrolment[0], resident_id: residentId, details: { status: 'COMPLETED' } });
  await audit('RELATIVE', { action: 'READ', entity_type: 'Relative', entity_id: relativeId });
  await audit('RELATIVE', { action: 'UPDATE', entity_type: 'GriefFollowUp', entity_id: followUpId, details: { relativeId, status: 'ACTIVE' } });
  await audit('MEMBER', { action: 'CREATE', entity_type: 'Member', entity_id: memberId });
  for (const [kind, subjectId] of [['RESIDENT', residentId], ['RELATIVE', relativeId], ['MEMBER', memberId]] as const) {
    await add(kind, 'erasure_request', { subject_kind: kind, subject_id: subjectId, received_on: '2025-07-01', channel: 'IN_PERSON', staff_note: `Identity checked by passport, ${marker}`, recorded_by_id: staff, recorded_at: now });
  }
  return { residentId, relativeId, memberId, rows, marker, identifying };
}
