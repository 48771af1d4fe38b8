import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isInputObjectType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ExportJobsService } from '@bridgeway/api-exports';
import { graphql, ok, startApi, type TestApi } from '../../support/api.js';
import { addIndicator, addMeeting, addMilestone, addObjective, admit, createConsortium, createDepartment, createGoal, createMember, createPlan, createProgramme, createRelative, createResidence, createResident, daysFromToday, enrol, logHelplineContact, logSession, recordHandout, startGriefFollowUp } from '../../support/factories.js';
import { ownerOrm } from '../../support/orm.js';
import { ownerQuery } from '../../support/stored.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';

/**
 * Tenant B runs every operation that takes an id against tenant A's ids: each one
 * answers NOT_FOUND (or, for ids inside inputs, a field error) or shows nothing of A,
 * and A's rows are byte-for-byte unchanged. The coverage test makes the matrix grow
 * with the schema: a new operation with an ID argument fails it until it is listed here.
 */

interface Ids {
  residence: string;
  bed: string;
  resident: string;
  stay: string;
  relative: string;
  session: string;
  goal: string;
  counsellor: string;
  department: string;
  programme: string;
  meeting: string;
  member: string;
  enrolment: string;
  contact: string;
  followUp: string;
  plannedContact: string;
  handout: string;
  consortium: string;
  plan: string;
  objective: string;
  indicator: string;
  milestone: string;
  funding: string;
  publishedReport: string;
  exportJob: string;
  erasureRequest: string;
}

/** Tenant B's own records, for cases that put one of A's ids inside an input on B's own record. */
interface OwnIds {
  objective: string;
}

/**
 * NOT_FOUND_OR_NOTHING: a filter by another tenant's id may refuse it or match nothing.
 * NOT_FOUND_OR_FORBIDDEN: refused before any lookup by the role rule, or as unknown.
 * SAME_AS_UNKNOWN: answers exactly what a random (nonexistent) id in its place gives (aggregates have no ids to check).
 */
type Expect = 'NOT_FOUND' | 'NOT_FOUND_OR_FIELD' | 'NOTHING' | 'NOT_FOUND_OR_NOTHING' | 'NOT_FOUND_OR_FORBIDDEN' | 'SAME_AS_UNKNOWN';
interface Case {
  op: string;
  /** Outcome key when one operation has several cases (default: op). */
  name?: string;
  /** Tenant B's user that runs it (default: the manager). */
  as?: 'MANAGER' | 'CONSORTIUM_COORDINATOR';
  query: string;
  vars: (a: Ids, own: OwnIds) => Record<string, unknown>;
  /** SAME_AS_UNKNOWN: the variables with a random id instead of A's. */
  unknown?: (a: Ids) => Record<string, unknown>;
  expect: Expect;
}

const today = daysFromToday(0);

const BEDS = graphql(`query MatrixBeds($id: ID!) { residence(id: $id) { beds { id } } }`);
const LISTS = graphql(`query MatrixLists { residences { id } residents(first: 200) { totalCount edges { node { id } } } relatives { id } }`);
const WORK_LISTS = `{ departments(includeClosed: true) { id } programmes(first: 200) { id } members(first: 200) { id } helplineContacts(first: 200) { id }
  griefFollowUps(first: 200) { id contacts { id } } handouts(first: 200) { id } myNextMeetings(first: 50) { id } strategicPlans { id } }`;
// Through tomorrow (UTC): A's contact, logged now, falls on the tenant's local day, which is already tomorrow in
// Oslo in the last hour(s) before midnight UTC (the figure then counted nothing and the matrix failed at that hour).
const PERIOD = `from: "2020-01-01", to: "${daysFromToday(1)}"`;
/** Tenant A's plan runs through 2026; its report period is the first half. */
const PLAN_PERIOD = { from: '2026-01-01', to: '2026-06-30' };
const NOBODY = '00000000-0000-4000-8000-000000000000';
const PLAN_TABLES = ['strategic_plan', 'objective', 'indicator', 'indicator_year_target', 'milestone', 'funding', 'indicator_comment', 'published_report'];
/** Fixture operations without a factory (raw strings: run as A's manager). */
const ADD_FUNDING = 'mutation($i: AddFundingInput!) { addFunding(input: $i) { id } }';
const COMMENT = 'mutation($id: ID!, $from: Date!, $to: Date!, $c: String!) { setIndicatorComment(indicatorId: $id, from: $from, to: $to, comment: $c) { comment } }';
const PUBLISH = 'mutation($p: ID!, $from: Date!, $to: Date!) { publishProgressReport(planId: $p, from: $from, to: $to) { id } }';
const START_EXPORT = 'mutation($i: StartExportInput!) { startExport(input: $i) { id } }';
const EXPORT_JOB = 'query($id: ID!) { exportJob(id: $id) { status } }';
const RECORD_ERASURE = 'mutation($i: RecordErasureRequestInput!) { recordErasureRequest(input: $i) { id } }';

/** Raw strings: each case's query is only run, its answer checked for codes and leaked ids. */
const MATRIX: Case[] = [
  { op: 'residence', query: 'query($id: ID!) { residence(id: $id) { id name } }', vars: (a) => ({ id: a.residence }), expect: 'NOT_FOUND' },
  { op: 'resident', query: 'query($id: ID!) { resident(id: $id) { id firstName } }', vars: (a) => ({ id: a.resident }), expect: 'NOT_FOUND' },
  { op: 'relative', query: 'query($id: ID!) { relative(id: $id) { id firstName } }', vars: (a) => ({ id: a.relative }), expect: 'NOT_FOUND' },
  { op: 'goal', query: 'query($id: ID!) { goal(id: $id) { id title } }', vars: (a) => ({ id: a.goal }), expect: 'NOT_FOUND' },
  { op: 'counsellingSession', query: 'query($id: ID!) { counsellingSession(id: $id) { id notes } }', vars: (a) => ({ id: a.session }), expect: 'NOT_FOUND' },
  { op: 'residentAuditTrail', query: 'query($id: ID!) { residentAuditTrail(residentId: $id) { id } }', vars: (a) => ({ id: a.resident }), expect: 'NOT_FOUND' },
  { op: 'auditLog', query: 'query($p: ID, $u: ID, $e: String) { auditLog(personId: $p, userId: $u, entityId: $e) { totalCount entries { id entityId sessionIds } } }', vars: (a) => ({ p: a.resident, u: a.counsellor, e: a.session }), unknown: () => ({ p: NOBODY, u: NOBODY, e: NOBODY }), expect: 'SAME_AS_UNKNOWN' },
  { op: 'auditLogCsv', query: 'query($p: ID, $u: ID) { auditLogCsv(personId: $p, userId: $u) { rowCount content } }', vars: (a) => ({ p: a.resident, u: a.counsellor }), unknown: () => ({ p: NOBODY, u: NOBODY }), expect: 'SAME_AS_UNKNOWN' },
  { op: 'residents', query: 'query($k: ID) { residents(keyWorkerId: $k) { totalCount edges { node { id } } } }', vars: (a) => ({ k: a.counsellor }), expect: 'NOTHING' },
  { op: 'updateResidence', query: 'mutation($i: UpdateResidenceInput!) { updateResidence(input: $i) { id } }', vars: (a) => ({ i: { id: a.residence, name: 'taken' } }), expect: 'NOT_FOUND' },
  { op: 'closeResidence', query: 'mutation($id: ID!) { closeResidence(id: $id, closedOn: "2026-01-01") { id } }', vars: (a) => ({ id: a.residence }), expect: 'NOT_FOUND' },
  { op: 'addBeds', query: 'mutation($i: AddBedsInput!) { addBeds(input: $i) { id } }', vars: (a) => ({ i: { residenceId: a.residence, room: 'X', count: 1 } }), expect: 'NOT_FOUND' },
  { op: 'retireBed', query: 'mutation($i: RetireBedInput!) { retireBed(input: $i) { id } }', vars: (a) => ({ i: { bedId: a.bed, retiredOn: today } }), expect: 'NOT_FOUND' },
  { op: 'createResident', query: 'mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }', vars: (a) => ({ i: { firstName: 'X', lastName: 'Y', keyWorkerId: a.counsellor } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'updateResident', query: 'mutation($i: UpdateResidentInput!) { updateResident(input: $i) { id } }', vars: (a) => ({ i: { id: a.resident, firstName: 'Taken' } }), expect: 'NOT_FOUND' },
  { op: 'assignKeyWorker', query: 'mutation($i: AssignKeyWorkerInput!) { assignKeyWorker(input: $i) { id } }', vars: (a) => ({ i: { residentId: a.resident, keyWorkerId: a.counsellor } }), expect: 'NOT_FOUND' },
  { op: 'closeResident', query: 'mutation($id: ID!) { closeResident(id: $id) { id } }', vars: (a) => ({ id: a.resident }), expect: 'NOT_FOUND' },
  { op: 'reopenResident', query: 'mutation($id: ID!) { reopenResident(id: $id) { id } }', vars: (a) => ({ id: a.resident }), expect: 'NOT_FOUND' },
  { op: 'admitResident', query: 'mutation($i: AdmitResidentInput!) { admitResident(input: $i) { id } }', vars: (a) => ({ i: { residentId: a.resident, residenceId: a.residence, admittedOn: today } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'dischargeResident', query: 'mutation($i: DischargeResidentInput!) { dischargeResident(input: $i) { id } }', vars: (a) => ({ i: { stayId: a.stay, dischargedOn: today } }), expect: 'NOT_FOUND' },
  { op: 'createRelative', query: 'mutation($i: CreateRelativeInput!) { createRelative(input: $i) { id } }', vars: (a) => ({ i: { firstName: 'X', lastName: 'Y', residentId: a.resident, relationship: 'PARENT' } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'updateRelative', query: 'mutation($i: UpdateRelativeInput!) { updateRelative(input: $i) { id } }', vars: (a) => ({ i: { id: a.relative, firstName: 'Taken' } }), expect: 'NOT_FOUND' },
  { op: 'linkRelative', query: 'mutation($i: LinkRelativeInput!) { linkRelative(input: $i) { relationship } }', vars: (a) => ({ i: { relativeId: a.relative, residentId: a.resident, relationship: 'FRIEND' } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'unlinkRelative', query: 'mutation($i: UnlinkRelativeInput!) { unlinkRelative(input: $i) { id } }', vars: (a) => ({ i: { relativeId: a.relative, residentId: a.resident } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'logCounsellingSession', query: 'mutation($i: LogCounsellingSessionInput!) { logCounsellingSession(input: $i) { id } }', vars: (a) => ({ i: { residentId: a.resident, occurredOn: today, durationMinutes: 45, kind: 'INDIVIDUAL', notes: 'n' } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'logRelativeSession', query: 'mutation($i: LogRelativeSessionInput!) { logRelativeSession(input: $i) { id } }', vars: (a) => ({ i: { relativeId: a.relative, occurredOn: today, durationMinutes: 45, kind: 'PHONE', notes: 'n' } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'correctCounsellingSession', query: 'mutation($i: CorrectCounsellingSessionInput!) { correctCounsellingSession(input: $i) { id } }', vars: (a) => ({ i: { id: a.session, durationMinutes: 30, reason: 'matrix' } }), expect: 'NOT_FOUND' },
  { op: 'withdrawCounsellingSession', query: 'mutation($i: WithdrawCounsellingSessionInput!) { withdrawCounsellingSession(input: $i) { id } }', vars: (a) => ({ i: { id: a.session, reason: 'matrix' } }), expect: 'NOT_FOUND' },
  { op: 'createGoal', query: 'mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }', vars: (a) => ({ i: { residentId: a.resident, domain: 'WORK', title: 'Taken' } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'updateGoalProgress', query: 'mutation($i: UpdateGoalProgressInput!) { updateGoalProgress(input: $i) { id } }', vars: (a) => ({ i: { goalId: a.goal, expectedVersion: 1, progress: 99 } }), expect: 'NOT_FOUND' },
  { op: 'updateGoal', query: 'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }', vars: (a) => ({ i: { goalId: a.goal, expectedVersion: 1, title: 'Taken' } }), expect: 'NOT_FOUND' },
  { op: 'residences', query: 'query($d: ID) { residences(departmentId: $d) { id } }', vars: (a) => ({ d: a.department }), expect: 'NOT_FOUND_OR_NOTHING' },
  { op: 'staff', query: 'query($d: ID) { staff(departmentId: $d) { id } }', vars: (a) => ({ d: a.department }), expect: 'NOT_FOUND_OR_NOTHING' },
  { op: 'updateDepartment', query: 'mutation($i: UpdateDepartmentInput!) { updateDepartment(input: $i) { id } }', vars: (a) => ({ i: { id: a.department, version: 1, name: 'Taken' } }), expect: 'NOT_FOUND' },
  { op: 'setResidenceDepartment', query: 'mutation($r: ID!) { setResidenceDepartment(residenceId: $r, departmentId: null) { id } }', vars: (a) => ({ r: a.residence }), expect: 'NOT_FOUND' },
  { op: 'setStaffDepartment', query: 'mutation($u: ID!) { setStaffDepartment(userId: $u, departmentId: null) { id } }', vars: (a) => ({ u: a.counsellor }), expect: 'NOT_FOUND' },
  { op: 'resetUserMfa', query: 'mutation($i: ResetUserMfaInput!) { resetUserMfa(input: $i) }', vars: (a) => ({ i: { userId: a.counsellor } }), expect: 'NOT_FOUND' },
  { op: 'programme', query: 'query($id: ID!) { programme(id: $id) { id name } }', vars: (a) => ({ id: a.programme }), expect: 'NOT_FOUND' },
  { op: 'meeting', query: 'query($id: ID!) { meeting(id: $id) { id startsAt } }', vars: (a) => ({ id: a.meeting }), expect: 'NOT_FOUND' },
  { op: 'participantSearch', query: 'query($p: ID!) { participantSearch(programmeId: $p, search: "Al") { id displayName } }', vars: (a) => ({ p: a.programme }), expect: 'NOT_FOUND' },
  { op: 'programmes', query: 'query($d: ID) { programmes(departmentId: $d) { id } }', vars: (a) => ({ d: a.department }), expect: 'NOT_FOUND_OR_NOTHING' },
  { op: 'programmeFigures', query: `query($d: ID) { programmeFigures(${PERIOD}, departmentId: $d) { meetingsHeld } }`, vars: (a) => ({ d: a.department }), expect: 'NOT_FOUND_OR_NOTHING' },
  { op: 'createProgramme', query: 'mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }', vars: (a) => ({ i: { name: 'X', kind: 'SUPPORT_GROUP', audience: 'OPEN', mode: 'IN_PERSON', startsOn: today, departmentId: a.department } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'updateProgramme', query: 'mutation($i: UpdateProgrammeInput!) { updateProgramme(input: $i) { id } }', vars: (a) => ({ i: { id: a.programme, version: 1, name: 'Taken' } }), expect: 'NOT_FOUND' },
  { op: 'setProgrammeLeaders', query: 'mutation($p: ID!) { setProgrammeLeaders(programmeId: $p, userIds: [], memberIds: []) { id } }', vars: (a) => ({ p: a.programme }), expect: 'NOT_FOUND' },
  { op: 'generateMeetings', query: 'mutation($p: ID!) { generateMeetings(programmeId: $p) { id } }', vars: (a) => ({ p: a.programme }), expect: 'NOT_FOUND' },
  { op: 'addMeeting', query: 'mutation($i: AddMeetingInput!) { addMeeting(input: $i) { id } }', vars: (a) => ({ i: { programmeId: a.programme, startsAt: '2026-01-05T17:00:00Z', endsAt: '2026-01-05T18:00:00Z' } }), expect: 'NOT_FOUND' },
  { op: 'moveMeeting', query: 'mutation($i: MoveMeetingInput!) { moveMeeting(input: $i) { id } }', vars: (a) => ({ i: { id: a.meeting, version: 1, startsAt: '2026-01-05T17:00:00Z', endsAt: '2026-01-05T18:00:00Z' } }), expect: 'NOT_FOUND' },
  { op: 'cancelMeeting', query: 'mutation($id: ID!) { cancelMeeting(id: $id, version: 1, reason: "Taken") { id } }', vars: (a) => ({ id: a.meeting }), expect: 'NOT_FOUND' },
  { op: 'recordAttendance', query: 'mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }', vars: (a) => ({ i: { meetingId: a.meeting, entries: [{ participantId: a.resident, kind: 'RESIDENT', present: true }], guestCount: 9 } }), expect: 'NOT_FOUND' },
  { op: 'members', query: 'query($d: ID) { members(departmentId: $d) { id } }', vars: (a) => ({ d: a.department }), expect: 'NOT_FOUND_OR_NOTHING' },
  { op: 'createMember', query: 'mutation($i: CreateMemberInput!) { createMember(input: $i) { id } }', vars: (a) => ({ i: { firstName: 'X', lastName: 'Y', kind: 'VOLUNTEER', departmentId: a.department } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'enrol', query: 'mutation($p: ID!, $r: ID!) { enrol(programmeId: $p, participantId: $r, kind: RESIDENT) { id } }', vars: (a) => ({ p: a.programme, r: a.resident }), expect: 'NOT_FOUND' },
  { op: 'updateEnrolment', query: 'mutation($i: UpdateEnrolmentInput!) { updateEnrolment(input: $i) { id } }', vars: (a) => ({ i: { id: a.enrolment, version: 1, status: 'COMPLETED', hours: 9 } }), expect: 'NOT_FOUND' },
  { op: 'helplineContacts', query: 'query($d: ID) { helplineContacts(departmentId: $d) { id } }', vars: (a) => ({ d: a.department }), expect: 'NOT_FOUND_OR_NOTHING' },
  { op: 'helplineFigures', query: `query($d: ID) { helplineFigures(${PERIOD}, departmentId: $d) { contacts } }`, vars: (a) => ({ d: a.department }), expect: 'NOT_FOUND_OR_NOTHING' },
  { op: 'logHelplineContact', query: 'mutation($i: LogHelplineContactInput!) { logHelplineContact(input: $i) { id } }', vars: (a) => ({ i: { durationMinutes: 5, channel: 'PHONE', callerKind: 'RELATIVE', outcome: 'INFORMATION_GIVEN', relativeId: a.relative } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'updateHelplineContact', query: 'mutation($i: UpdateHelplineContactInput!) { updateHelplineContact(input: $i) { id } }', vars: (a) => ({ i: { id: a.contact, notes: 'Taken' } }), expect: 'NOT_FOUND' },
  { op: 'griefFollowUps', query: 'query($d: ID) { griefFollowUps(departmentId: $d) { id } }', vars: (a) => ({ d: a.department }), expect: 'NOT_FOUND_OR_NOTHING' },
  { op: 'startGriefFollowUp', query: 'mutation($i: StartGriefFollowUpInput!) { startGriefFollowUp(input: $i) { id } }', vars: (a) => ({ i: { relativeId: a.relative, startedOn: today, plannedOn: [today] } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'updateGriefFollowUp', query: 'mutation($i: UpdateGriefFollowUpInput!) { updateGriefFollowUp(input: $i) { id } }', vars: (a) => ({ i: { id: a.followUp, version: 1, status: 'ENDED' } }), expect: 'NOT_FOUND' },
  { op: 'addPlannedContact', query: 'mutation($f: ID!) { addPlannedContact(followUpId: $f, plannedOn: "2027-01-01") { id } }', vars: (a) => ({ f: a.followUp }), expect: 'NOT_FOUND' },
  { op: 'updatePlannedContact', query: 'mutation($i: UpdatePlannedContactInput!) { updatePlannedContact(input: $i) { id } }', vars: (a) => ({ i: { id: a.plannedContact, status: 'MISSED' } }), expect: 'NOT_FOUND' },
  { op: 'handouts', query: 'query($d: ID) { handouts(departmentId: $d) { id } }', vars: (a) => ({ d: a.department }), expect: 'NOT_FOUND_OR_NOTHING' },
  { op: 'materialSupportFigures', query: `query($d: ID) { materialSupportFigures(${PERIOD}, departmentId: $d) { parcels } }`, vars: (a) => ({ d: a.department }), expect: 'NOT_FOUND_OR_NOTHING' },
  { op: 'recordHandout', query: 'mutation($i: RecordHandoutInput!) { recordHandout(input: $i) { id } }', vars: (a) => ({ i: { handedOutOn: today, kind: 'FOOD_PARCEL', quantity: 1, residentId: a.resident } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'updateHandout', query: 'mutation($i: UpdateHandoutInput!) { updateHandout(input: $i) { id } }', vars: (a) => ({ i: { id: a.handout, quantity: 99 } }), expect: 'NOT_FOUND' },
  { op: 'consortiumOverview', query: `query($c: ID!) { consortiumOverview(consortiumId: $c, ${PERIOD}) { totals { residencesOpen } } }`, vars: (a) => ({ c: a.consortium }), expect: 'NOT_FOUND' },
  { op: 'recordConsortiumConsent', query: 'mutation($i: RecordConsortiumConsentInput!) { recordConsortiumConsent(input: $i) { given } }', vars: (a) => ({ i: { residentId: a.resident, given: false, decidedOn: today } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'strategicPlan', query: 'query($id: ID!) { strategicPlan(id: $id) { id name objectives { id } milestones { id } funding { id } } }', vars: (a) => ({ id: a.plan }), expect: 'NOT_FOUND' },
  { op: 'progressReport', query: 'query($p: ID!, $from: Date!, $to: Date!) { progressReport(planId: $p, from: $from, to: $to) { rows { indicator { id } actual } } }', vars: (a) => ({ p: a.plan, ...PLAN_PERIOD }), expect: 'NOT_FOUND' },
  { op: 'publishedReport', query: 'query($id: ID!) { publishedReport(id: $id) { rows { indicator { id } actual } } }', vars: (a) => ({ id: a.publishedReport }), expect: 'NOT_FOUND' },
  { op: 'exportJob', query: 'query($id: ID!) { exportJob(id: $id) { id status fileName } }', vars: (a) => ({ id: a.exportJob }), expect: 'NOT_FOUND' },
  { op: 'metricFigures', query: `query($d: ID) { metricFigures(${PERIOD}, departmentId: $d) { metric value } }`, vars: (a) => ({ d: a.department }), unknown: () => ({ d: NOBODY }), expect: 'SAME_AS_UNKNOWN' },
  { op: 'createStrategicPlan', query: 'mutation($i: CreateStrategicPlanInput!) { createStrategicPlan(input: $i) { id } }', vars: (a) => ({ i: { name: 'Taken', periodStart: '2026-01-01', periodEnd: '2026-12-31', consortiumId: a.consortium } }), expect: 'NOT_FOUND_OR_FORBIDDEN' },
  { op: 'createStrategicPlan', name: 'createStrategicPlan (coordinator)', as: 'CONSORTIUM_COORDINATOR', query: 'mutation($i: CreateStrategicPlanInput!) { createStrategicPlan(input: $i) { id } }', vars: (a) => ({ i: { name: 'Taken', periodStart: '2026-01-01', periodEnd: '2026-12-31', consortiumId: a.consortium } }), expect: 'NOT_FOUND' },
  { op: 'updateStrategicPlan', query: 'mutation($i: UpdateStrategicPlanInput!) { updateStrategicPlan(input: $i) { id } }', vars: (a) => ({ i: { planId: a.plan, expectedVersion: 1, name: 'Taken' } }), expect: 'NOT_FOUND' },
  { op: 'addObjective', query: 'mutation($i: AddObjectiveInput!) { addObjective(input: $i) { id } }', vars: (a) => ({ i: { planId: a.plan, title: 'Taken' } }), expect: 'NOT_FOUND' },
  { op: 'updateObjective', query: 'mutation($i: UpdateObjectiveInput!) { updateObjective(input: $i) { id } }', vars: (a) => ({ i: { objectiveId: a.objective, title: 'Taken' } }), expect: 'NOT_FOUND' },
  { op: 'removeObjective', query: 'mutation($id: ID!) { removeObjective(id: $id) { id } }', vars: (a) => ({ id: a.objective }), expect: 'NOT_FOUND' },
  { op: 'addIndicator', query: 'mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }', vars: (a) => ({ i: { objectiveId: a.objective, name: 'Taken', metric: 'HELPLINE_CONTACTS', target: 1 } }), expect: 'NOT_FOUND' },
  { op: 'addIndicator', name: 'addIndicator (A department on B objective)', query: 'mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }', vars: (a, own) => ({ i: { objectiveId: own.objective, name: 'Taken', metric: 'HELPLINE_CONTACTS', departmentId: a.department, target: 1 } }), expect: 'NOT_FOUND_OR_FIELD' },
  { op: 'updateIndicator', query: 'mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { id } }', vars: (a) => ({ i: { indicatorId: a.indicator, expectedVersion: 1, name: 'Taken', target: 99 } }), expect: 'NOT_FOUND' },
  { op: 'removeIndicator', query: 'mutation($id: ID!) { removeIndicator(id: $id) { id } }', vars: (a) => ({ id: a.indicator }), expect: 'NOT_FOUND' },
  { op: 'setIndicatorComment', query: 'mutation($id: ID!, $from: Date!, $to: Date!) { setIndicatorComment(indicatorId: $id, from: $from, to: $to, comment: "Taken") { comment } }', vars: (a) => ({ id: a.indicator, ...PLAN_PERIOD }), expect: 'NOT_FOUND' },
  { op: 'addMilestone', query: 'mutation($i: AddMilestoneInput!) { addMilestone(input: $i) { id } }', vars: (a) => ({ i: { planId: a.plan, title: 'Taken', dueOn: '2026-03-01' } }), expect: 'NOT_FOUND' },
  { op: 'updateMilestone', query: 'mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { id } }', vars: (a) => ({ i: { milestoneId: a.milestone, status: 'CANCELLED' } }), expect: 'NOT_FOUND' },
  { op: 'removeMilestone', query: 'mutation($id: ID!) { removeMilestone(id: $id) { id } }', vars: (a) => ({ id: a.milestone }), expect: 'NOT_FOUND' },
  { op: 'addFunding', query: 'mutation($i: AddFundingInput!) { addFunding(input: $i) { id } }', vars: (a) => ({ i: { planId: a.plan, funder: 'Taken', amount: 1, currency: 'EUR' } }), expect: 'NOT_FOUND' },
  { op: 'updateFunding', query: 'mutation($i: UpdateFundingInput!) { updateFunding(input: $i) { id } }', vars: (a) => ({ i: { fundingId: a.funding, amount: 0 } }), expect: 'NOT_FOUND' },
  { op: 'removeFunding', query: 'mutation($id: ID!) { removeFunding(id: $id) { id } }', vars: (a) => ({ id: a.funding }), expect: 'NOT_FOUND' },
  { op: 'publishProgressReport', query: 'mutation($p: ID!, $from: Date!, $to: Date!) { publishProgressReport(planId: $p, from: $from, to: $to) { id } }', vars: (a) => ({ p: a.plan, ...PLAN_PERIOD }), expect: 'NOT_FOUND' },
  { op: 'startExport', query: 'mutation($i: StartExportInput!) { startExport(input: $i) { id } }', vars: (a) => ({ i: { kind: 'PROGRESS_REPORT', format: 'CSV', planId: a.plan, ...PLAN_PERIOD, language: 'en' } }), expect: 'NOT_FOUND' },
  { op: 'startExport', name: 'startExport (consortium)', query: 'mutation($i: StartExportInput!) { startExport(input: $i) { id } }', vars: (a) => ({ i: { kind: 'CONSORTIUM_OVERVIEW', format: 'CSV', consortiumId: a.consortium, ...PLAN_PERIOD, language: 'en' } }), expect: 'NOT_FOUND' },
  { op: 'startExport', name: 'startExport (personal data of a resident)', query: 'mutation($i: StartExportInput!) { startExport(input: $i) { id } }', vars: (a) => ({ i: { kind: 'PERSONAL_DATA', format: 'JSON', subjectKind: 'RESIDENT', subjectId: a.resident, language: 'en' } }), expect: 'NOT_FOUND' },
  { op: 'startExport', name: 'startExport (personal data of a relative)', query: 'mutation($i: StartExportInput!) { startExport(input: $i) { id } }', vars: (a) => ({ i: { kind: 'PERSONAL_DATA', format: 'PDF', subjectKind: 'RELATIVE', subjectId: a.relative, language: 'nb' } }), expect: 'NOT_FOUND' },
  { op: 'recordErasureRequest', query: RECORD_ERASURE, vars: (a) => ({ i: { subjectKind: 'RESIDENT', subjectId: a.resident, receivedOn: today, channel: 'LETTER' } }), expect: 'NOT_FOUND' },
  { op: 'recordErasureRequest', name: 'recordErasureRequest (relative)', query: RECORD_ERASURE, vars: (a) => ({ i: { subjectKind: 'RELATIVE', subjectId: a.relative, receivedOn: today, channel: 'LETTER' } }), expect: 'NOT_FOUND' },
  { op: 'carryOutErasureRequest', query: 'mutation($i: DecideErasureRequestInput!) { carryOutErasureRequest(input: $i) { id } }', vars: (a) => ({ i: { id: a.erasureRequest, expectedVersion: 1 } }), expect: 'NOT_FOUND' },
  { op: 'refuseErasureRequest', query: 'mutation($i: RefuseErasureRequestInput!) { refuseErasureRequest(input: $i) { id } }', vars: (a) => ({ i: { id: a.erasureRequest, expectedVersion: 1, reason: 'WITHDRAWN' } }), expect: 'NOT_FOUND' },
  { op: 'recordAssessment', query: 'mutation($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }', vars: (a) => ({ i: { residentId: a.resident, instrumentCode: 'BARC-10', takenOn: today, scores: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] } }), expect: 'NOT_FOUND_OR_FIELD' },
];

/** Operations whose ID arguments can only point into the caller's own data, or that take no record id. */
const NOT_RECORD_SCOPED = new Set(['login', 'logout', 'refreshSession', 'me', 'relatives', 'assessmentInstruments', 'counsellingTotals', 'createResidence']);


function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => takesId(f.type, seen));
}

describe('tenant B against tenant A ids (every id-taking operation)', () => {
  let owner: MikroORM;
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let ids: Ids;
  let own: OwnIds;
  let bToken: string;
  let bCoordinatorToken: string;
  /** Every table with a tenant_id, from the catalog: a new library's tables are fingerprinted without listing them. */
  let tenantTables: string[];

  const fingerprint = async (tenantId: string) => {
    const rows = await ownerQuery<Record<string, string>>(
      owner,
      tenantId,
      `select ${tenantTables.map((t) => `(select coalesce(md5(string_agg(x::text, '|' order by x::text)), '') from ${t} x where tenant_id = ?) as ${t}`).join(', ')}`,
      tenantTables.map(() => tenantId),
    );
    return rows[0];
  };

  beforeAll(async () => {
    owner = await ownerOrm();
    [a, b] = [await createTestTenant(owner, 'matrix-a'), await createTestTenant(owner, 'matrix-b')];
    api = await startApi();
    const aToken = (await api.login(a.users.MANAGER.email)).token;
    bToken = (await api.login(b.users.MANAGER.email)).token;
    bCoordinatorToken = (await api.login(b.users.CONSORTIUM_COORDINATOR.email)).token;
    const residence = await createResidence(api, aToken, { name: 'A house', capacity: 2 });
    const resident = await createResident(api, aToken, { firstName: 'Ana', lastName: 'Alpha', keyWorkerId: a.users.COUNSELLOR.id, intakeDate: '2026-01-01' });
    const stay = await admit(api, aToken, { residentId: resident.id, residenceId: residence.id, admittedOn: '2026-01-05' });
    const relative = await createRelative(api, aToken, { firstName: 'Rel', lastName: 'Alpha', residentId: resident.id, relationship: 'PARENT' });
    const session = await logSession(api, aToken, { residentId: resident.id, occurredOn: '2026-01-06', durationMinutes: 50, kind: 'INDIVIDUAL', notes: 'private' });
    const goal = await createGoal(api, aToken, { residentId: resident.id, domain: 'HOUSING', title: 'Own flat' });
    const [freeBed] = ok(await api.gql(BEDS, { id: residence.id }, { token: aToken })).residence.beds.filter((bed) => bed.id !== stay.bed.id);
    const department = await createDepartment(api, aToken, { name: 'A unit' });
    const member = await createMember(api, aToken, { firstName: 'Mo', lastName: 'Alpha', kind: 'VOLUNTEER' });
    const programme = await createProgramme(api, aToken, { name: 'A group', kind: 'SUPPORT_GROUP', audience: 'OPEN', mode: 'IN_PERSON', startsOn: '2026-01-01', departmentId: department.id });
    const meeting = await addMeeting(api, aToken, { programmeId: programme.id, startsAt: '2026-01-08T17:00:00Z', endsAt: '2026-01-08T18:00:00Z' });
    const enrolment = await enrol(api, aToken, { programmeId: programme.id, participantId: resident.id, kind: 'RESIDENT' });
    const contact = await logHelplineContact(api, aToken, { durationMinutes: 15, channel: 'PHONE', callerKind: 'RELATIVE', outcome: 'INFORMATION_GIVEN', relativeId: relative.id, departmentId: department.id });
    const followUp = await startGriefFollowUp(api, aToken, { relativeId: relative.id, startedOn: '2026-01-05', plannedOn: ['2026-01-12'], departmentId: department.id });
    const handout = await recordHandout(api, aToken, { handedOutOn: '2026-01-06', kind: 'FOOD_PARCEL', quantity: 2, residentId: resident.id, departmentId: department.id });
    // A's plan with one of each part, a comment, a published report and a finished export of it.
    const plan = await createPlan(api, aToken, { name: 'A plan', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const objective = await addObjective(api, aToken, { planId: plan.id, title: 'Reach out' });
    const indicator = await addIndicator(api, aToken, { objectiveId: objective.id, name: 'Calls', metric: 'HELPLINE_CONTACTS', departmentId: department.id, target: 40, yearTargets: [{ year: 2026, target: 40 }] });
    const milestone = await addMilestone(api, aToken, { planId: plan.id, title: 'Launch', dueOn: '2026-02-01' });
    const funding = ok(await api.gql<{ addFunding: { id: string } }>(ADD_FUNDING, { i: { planId: plan.id, funder: 'A fund', amount: 1000, currency: 'NOK' } }, { token: aToken })).addFunding;
    ok(await api.gql(COMMENT, { id: indicator.id, ...PLAN_PERIOD, c: 'On course' }, { token: aToken }));
    const published = ok(await api.gql<{ publishProgressReport: { id: string } }>(PUBLISH, { p: plan.id, ...PLAN_PERIOD }, { token: aToken })).publishProgressReport;
    const job = ok(await api.gql<{ startExport: { id: string } }>(START_EXPORT, { i: { kind: 'PROGRESS_REPORT', format: 'CSV', planId: plan.id, ...PLAN_PERIOD, language: 'en' } }, { token: aToken })).startExport;
    // The job writes A's audit rows in the background: finished before the fingerprints are taken.
    await api.app.get(ExportJobsService).settled();
    expect(ok(await api.gql<{ exportJob: { status: string } }>(EXPORT_JOB, { id: job.id }, { token: aToken })).exportJob.status).toBe('DONE');
    // metricFigures' case compares B's answer with an unknown department's: A's department must have figures to leak.
    const aFigures = ok(await api.gql<{ metricFigures: { metric: string; value: number | null }[] }>(`query($d: ID) { metricFigures(${PERIOD}, departmentId: $d) { metric value } }`, { d: department.id }, { token: aToken })).metricFigures;
    expect(aFigures.find((f) => f.metric === 'HELPLINE_CONTACTS')?.value).toBeGreaterThan(0);
    const ownPlan = await createPlan(api, bToken, { name: 'B plan', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    own = { objective: (await addObjective(api, bToken, { planId: ownPlan.id, title: 'B objective' })).id };
    ids = {
      residence: residence.id, bed: freeBed.id, resident: resident.id, stay: stay.id, relative: relative.id, session: session.id, goal: goal.id, counsellor: a.users.COUNSELLOR.id,
      department: department.id, programme: programme.id, meeting: meeting.id, member: member.id, enrolment: enrolment.id, contact: contact.id,
      followUp: followUp.id, plannedContact: followUp.contacts[0].id, handout: handout.id,
      consortium: await createConsortium(owner, 'A only', [a.id]),
      plan: plan.id, objective: objective.id, indicator: indicator.id, milestone: milestone.id, funding: funding.id, publishedReport: published.id, exportJob: job.id,
      erasureRequest: ok(await api.gql<{ recordErasureRequest: { id: string } }>(RECORD_ERASURE, { i: { subjectKind: 'MEMBER', subjectId: member.id, receivedOn: today, channel: 'EMAIL' } }, { token: aToken })).recordErasureRequest.id,
    };
    const tables = await ownerQuery<{ table_name: string }>(owner, a.id, `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' order by table_name`, []);
    tenantTables = tables.map((t) => t.table_name);
    expect(tenantTables).toEqual(expect.arrayContaining(['resident', 'department', 'programme', 'meeting', 'attendance', 'enrolment', 'member', 'helpline_contact', 'planned_contact', 'handout', ...PLAN_TABLES]));
  });

  afterAll(async () => {
    await api.close();
    await owner.close(true);
  });

  it('lists every operation that takes an ID (the matrix grows with the schema)', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const idOps = [schema.getQueryType(), schema.getMutationType()]
      .flatMap((t) => Object.values(t!.getFields()))
      .filter((f) => f.args.some((arg: GraphQLArgument) => takesId(arg.type)))
      .map((f) => f.name)
      .filter((name) => !NOT_RECORD_SCOPED.has(name));
    expect(idOps.filter((name) => !MATRIX.some((c) => c.op === name))).toEqual([]);
    expect(MATRIX.map((c) => c.op).filter((name) => !idOps.includes(name))).toEqual([]);
  });

  it('answers NOT_FOUND or nothing for every operation, and changes none of A’s rows', async () => {
    const before = await fingerprint(a.id);
    // A has rows in every plan table, so a change to one (not only an insert) moves its fingerprint.
    for (const table of PLAN_TABLES) expect([table, before[table]]).not.toEqual([table, '']);
    const outcomes: Record<string, string> = {};
    for (const c of MATRIX) {
      const key = c.name ?? c.op;
      const token = c.as === 'CONSORTIUM_COORDINATOR' ? bCoordinatorToken : bToken;
      const result = await api.gql(c.query, c.vars(ids, own), { token });
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      const leaked = Object.values(ids).some((id) => id !== ids.counsellor && JSON.stringify(result.data ?? {}).includes(id));
      const nothing = !codes.length && !leaked && !JSON.stringify(result.data).includes('"id"');
      if (c.expect === 'SAME_AS_UNKNOWN') {
        if (!c.unknown) throw new Error(`${key}: SAME_AS_UNKNOWN needs the unknown variables`);
        const unknown = await api.gql(c.query, c.unknown(ids), { token });
        const answer = JSON.stringify({ codes, data: result.data });
        outcomes[key] = !leaked && answer === JSON.stringify({ codes: (unknown.errors ?? []).map((e) => e.extensions?.code), data: unknown.data }) ? 'ok' : `${answer} vs unknown ${JSON.stringify(unknown)}`;
      } else if (c.expect === 'NOT_FOUND_OR_NOTHING') outcomes[key] = nothing || (codes.length === 1 && codes[0] === 'NOT_FOUND' && !leaked) ? 'ok' : JSON.stringify(result);
      else if (c.expect === 'NOTHING') outcomes[key] = !codes.length && !leaked && !JSON.stringify(result.data).includes('"id"') ? 'ok' : JSON.stringify(result);
      else if (c.expect === 'NOT_FOUND') outcomes[key] = codes.length === 1 && codes[0] === 'NOT_FOUND' && !leaked ? 'ok' : JSON.stringify(result);
      else if (c.expect === 'NOT_FOUND_OR_FORBIDDEN') outcomes[key] = codes.length === 1 && ['NOT_FOUND', 'FORBIDDEN'].includes(codes[0] ?? '') && !leaked ? 'ok' : JSON.stringify(result);
      else outcomes[key] = codes.length === 1 && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(codes[0] ?? '') && !leaked ? 'ok' : JSON.stringify(result);
    }
    expect(outcomes).toEqual(Object.fromEntries(MATRIX.map((c) => [c.name ?? c.op, 'ok'])));
    expect(await fingerprint(a.id)).toEqual(before);
  });

  it('lets tenant B itself see none of A’s records in its lists', async () => {
    const lists = ok(await api.gql(LISTS, {}, { token: bToken }));
    const text = JSON.stringify(lists);
    for (const id of Object.values(ids)) expect(text.includes(id)).toBe(false);
    const work = await api.gql(WORK_LISTS, {}, { token: bToken });
    expect(work.errors).toBeUndefined();
    for (const id of Object.values(ids)) expect(JSON.stringify(work.data).includes(id)).toBe(false);
  });
});
