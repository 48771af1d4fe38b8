/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddBedsInput = {
  count?: number;
  residenceId: string | number;
  /** Room to add the beds to (new or existing) */
  room: string;
};

export type AdmitResidentInput = {
  admittedOn: string;
  /** A free bed of the residence; default: the first free bed */
  bedId?: string | number | null | undefined;
  residenceId: string | number;
  residentId: string | number;
};

/** Who is key worker decides who reads the notes: managers only, audited as ASSIGN_KEY_WORKER */
export type AssignKeyWorkerInput = {
  /** The version you saw; CONFLICT if someone changed the resident since */
  expectedVersion?: number | null | undefined;
  /** A counsellor or manager of your organisation; null: no key worker */
  keyWorkerId?: string | number | null | undefined;
  residentId: string | number;
};

export type CreateGoalInput = {
  description?: string | null | undefined;
  domain: GoalDomain;
  /** Kept with the first history entry */
  note?: string | null | undefined;
  /** Default 0 (100 for an ACHIEVED goal) */
  progress?: number | null | undefined;
  residentId: string | number;
  /** Default PLANNED */
  status?: GoalStatus | null | undefined;
  targetDate?: string | null | undefined;
  title: string;
};

export type CreateRelativeInput = {
  email?: string | null | undefined;
  firstName: string;
  lastName: string;
  phone?: string | null | undefined;
  relationship?: Relationship | null | undefined;
  /** Links the new relative to this resident (then relationship is required) */
  residentId?: string | number | null | undefined;
};

export type CreateResidenceInput = {
  address?: string | null | undefined;
  /** Number of beds to create, 1 to 200 */
  capacity: number;
  name: string;
  openedOn?: string | null | undefined;
  /** How the beds are split into rooms; must add up to capacity. Default: one bed per room, rooms "1".."capacity" */
  rooms?: Array<RoomInput> | null | undefined;
};

export type CreateResidentInput = {
  dateOfBirth?: string | null | undefined;
  email?: string | null | undefined;
  firstName: string;
  /** Default: today */
  intakeDate?: string | null | undefined;
  /** A counsellor or manager of your organisation; a counsellor may name only themselves */
  keyWorkerId?: string | number | null | undefined;
  lastName: string;
  phone?: string | null | undefined;
};

/** Why a stay ended */
export type DischargeReason =
  | 'COMPLETED'
  | 'LEFT_WITHOUT_NOTICE'
  | 'MOVED_ON'
  | 'OTHER'
  | 'RELAPSE';

export type DischargeResidentInput = {
  dischargedOn: string;
  note?: string | null | undefined;
  /** Default OTHER */
  reason?: DischargeReason | null | undefined;
  stayId: string | number;
};

/** A life domain of recovery and reintegration */
export type GoalDomain =
  | 'DAILY_ROUTINE'
  | 'EDUCATION'
  | 'FAMILY'
  | 'FINANCES'
  | 'HEALTH'
  | 'HOUSING'
  | 'LIVING_SKILLS'
  | 'SOBRIETY'
  | 'SOCIAL_NETWORK'
  | 'WORK';

export type GoalStatus =
  | 'ABANDONED'
  | 'ACHIEVED'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type LinkRelativeInput = {
  relationship: Relationship;
  relativeId: string | number;
  residentId: string | number;
};

/** A counselling session with a resident */
export type LogCounsellingSessionInput = {
  /** Who held the session (a counsellor or manager); default: me */
  counsellorId?: string | number | null | undefined;
  /** Life domains the session worked on */
  domains?: Array<GoalDomain> | null | undefined;
  /** Whole minutes, 1 to 600 */
  durationMinutes: number;
  /** Solution-focused: what the person hopes for */
  hopes?: string | null | undefined;
  kind: SessionKind;
  /** Solution-focused: the agreed next step */
  nextStep?: string | null | undefined;
  /** Confidential: readable by the author, the key worker and managers */
  notes?: string | null | undefined;
  /** The day of the session; not in the future */
  occurredOn: string;
  residentId: string | number;
  /** Solution-focused: resources the person can draw on */
  resources?: string | null | undefined;
  /** Solution-focused: what has helped before */
  usefulExperience?: string | null | undefined;
};

/** A counselling session with a relative, on their own or about a resident they are linked to */
export type LogRelativeSessionInput = {
  /** Who held the session (a counsellor or manager); default: me */
  counsellorId?: string | number | null | undefined;
  /** Life domains the session worked on */
  domains?: Array<GoalDomain> | null | undefined;
  /** Whole minutes, 1 to 600 */
  durationMinutes: number;
  /** Solution-focused: what the person hopes for */
  hopes?: string | null | undefined;
  kind: SessionKind;
  /** Solution-focused: the agreed next step */
  nextStep?: string | null | undefined;
  /** Confidential: readable by the author, the key worker and managers */
  notes?: string | null | undefined;
  /** The day of the session; not in the future */
  occurredOn: string;
  relativeId: string | number;
  /** The resident the session was about; the relative must be linked to them */
  residentId?: string | number | null | undefined;
  /** Solution-focused: resources the person can draw on */
  resources?: string | null | undefined;
  /** Solution-focused: what has helped before */
  usefulExperience?: string | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type RecordAssessmentInput = {
  /** e.g. BARC-10 (see assessmentInstruments) */
  instrumentCode: string;
  residentId: string | number;
  /** One score per item, in the instrument's item order */
  scores: Array<number>;
  /** Not in the future */
  takenOn: string;
};

/** How a relative is related to a resident */
export type Relationship =
  | 'CHILD'
  | 'FRIEND'
  | 'OTHER'
  | 'OTHER_FAMILY'
  | 'PARENT'
  | 'PARTNER'
  | 'SIBLING';

export type ResidentStatus =
  | 'CLOSED'
  | 'FOLLOW_UP'
  | 'IN_RESIDENCE';

export type RetireBedInput = {
  bedId: string | number;
  retiredOn: string;
};

/** What a staff member may do */
export type Role =
  | 'CONSORTIUM_COORDINATOR'
  | 'COUNSELLOR'
  | 'GROUP_LEADER'
  | 'MANAGER';

/** A room and how many beds it holds */
export type RoomInput = {
  beds: number;
  name: string;
};

/** How a counselling contact took place */
export type SessionKind =
  | 'FAMILY'
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'PHONE'
  | 'VIDEO';

export type UnlinkRelativeInput = {
  relativeId: string | number;
  residentId: string | number;
};

/** Changes only the fields given (null clears description or target date); same version rule as updateGoalProgress */
export type UpdateGoalInput = {
  description?: string | null | undefined;
  /** The version you saw */
  expectedVersion: number;
  goalId: string | number;
  targetDate?: string | null | undefined;
  title?: string | null | undefined;
};

/** Records progress; CONFLICT (with the current values) if expectedVersion is not the current version */
export type UpdateGoalProgressInput = {
  /** The version you saw */
  expectedVersion: number;
  goalId: string | number;
  /** Why; kept in the history */
  note?: string | null | undefined;
  /** 0..100 */
  progress: number;
  /** Omitted: unchanged */
  status?: GoalStatus | null | undefined;
};

export type UpdateRelativeInput = {
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  id: string | number;
  lastName?: string | null | undefined;
  phone?: string | null | undefined;
};

export type UpdateResidenceInput = {
  address?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  openedOn?: string | null | undefined;
};

export type UpdateResidentInput = {
  dateOfBirth?: string | null | undefined;
  email?: string | null | undefined;
  /** The version you edited; CONFLICT if someone changed the resident since */
  expectedVersion?: number | null | undefined;
  firstName?: string | null | undefined;
  id: string | number;
  intakeDate?: string | null | undefined;
  lastName?: string | null | undefined;
  phone?: string | null | undefined;
};

export type LimitsSessionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type LimitsSessionsQuery = { resident: { counsellingSessions: Array<{ id: string, occurredOn: string }> } | null };

export type LimitsPagesInSqlQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsPagesInSqlQuery = { residents: { edges: Array<{ node: { lastName: string, goals: Array<{ title: string }>, counsellingSessions: Array<{ id: string }> } }> } };

export type ActorMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ActorMeQuery = { me: { id: string, role: Role, organisation: { name: string } } };

export type ActorResidencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActorResidencesQuery = { residences: Array<{ id: string }> };

export type ActorCreateResidenceMutationVariables = Exact<{
  input: CreateResidenceInput;
}>;


export type ActorCreateResidenceMutation = { createResidence: { id: string } };

export type LoginWithUserMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginWithUserMutation = { login: { accessToken: string, user: { id: string, email: string, role: Role, organisation: { id: string, name: string } } } };

export type LoginMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginMeQuery = { me: { id: string, email: string, displayName: string, role: Role, organisation: { id: string, name: string } } };

export type NextRequestResidencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NextRequestResidencesQuery = { residences: Array<{ id: string }> };

export type NextRequestMeQueryVariables = Exact<{ [key: string]: never; }>;


export type NextRequestMeQuery = { me: { id: string, role: Role } };

export type LifetimeRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type LifetimeRefreshMutation = { refreshSession: { accessToken: string } };

export type SessionsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsMeQuery = { me: { id: string, role: Role, organisation: { id: string } } };

export type SessionsRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionsRefreshMutation = { refreshSession: { accessToken: string, user: { id: string } } };

export type SessionsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionsLogoutMutation = { logout: boolean };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { id: string, takenOn: string, scores: Array<number>, total: number, createdAt: string, instrument: { code: string }, assessedBy: { id: string } | null } };

export type AssessmentInstrumentsQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type AssessmentInstrumentsQuery = { assessmentInstruments: Array<{ code: string, name: string, description: string | null, itemMin: number, itemMax: number, totalMin: number, totalMax: number, items: Array<{ key: string, locales: Array<string>, text: string }> }> };

export type RecordAssessmentTrendMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentTrendMutation = { recordAssessment: { resident: { id: string, all: Array<{ takenOn: string, instrument: { code: string } }>, barc: Array<{ takenOn: string, total: number }> } } };

export type AuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditTrailQuery = { residentAuditTrail: Array<{ occurredAt: string, action: string, entityType: string, entityId: string, userDisplayName: string | null, requestId: string }> };

export type AuditTrailReadResidentQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditTrailReadResidentQuery = { resident: { id: string } | null };

export type TotalsLogSessionMutationVariables = Exact<{
  input: LogCounsellingSessionInput;
}>;


export type TotalsLogSessionMutation = { logCounsellingSession: { id: string } };

export type TotalsLogRelativeSessionMutationVariables = Exact<{
  input: LogRelativeSessionInput;
}>;


export type TotalsLogRelativeSessionMutation = { logRelativeSession: { id: string } };

export type CounsellingTotalsQueryVariables = Exact<{
  from: string;
  to: string;
  top: number;
}>;


export type CounsellingTotalsQuery = { counsellingTotals: { from: string, to: string, totalMinutes: number, totalHours: number, sessions: number, residents: number, byCounsellor: Array<{ minutes: number, sessions: number, counsellor: { id: string } | null }>, byMonth: Array<{ month: string, minutes: number, sessions: number }>, byResident: Array<{ minutes: number, sessions: number, resident: { id: string, counsellingMinutes: number } | null }> } | null };

export type CounsellingFiguresQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CounsellingFiguresQuery = { counsellingTotals: { totalMinutes: number, sessions: number, residents: number, byCounsellor: Array<{ minutes: number }>, byMonth: Array<{ month: string, minutes: number }>, byResident: Array<{ minutes: number, sessions: number }> } | null };

export type CounsellingMinutesRangedQueryVariables = Exact<{
  from: string;
  to: string;
  top: number;
}>;


export type CounsellingMinutesRangedQuery = { counsellingTotals: { byResident: Array<{ resident: { id: string, all: number, feb: number, since: number, until: number } | null }> } | null };

export type CounsellingMinutesBackwardsQueryVariables = Exact<{
  id: string | number;
}>;


export type CounsellingMinutesBackwardsQuery = { resident: { counsellingMinutes: number } | null };

export type LogSessionMutationVariables = Exact<{
  input: LogCounsellingSessionInput;
}>;


export type LogSessionMutation = { logCounsellingSession: { id: string, occurredOn: string, durationMinutes: number, kind: SessionKind, domains: Array<GoalDomain>, notes: string | null, hopes: string | null, resources: string | null, usefulExperience: string | null, nextStep: string | null, notesVisible: boolean, relativeId: string | null, counsellor: { id: string, role: Role, organisation: { id: string } } | null, resident: { id: string } | null } };

export type LogRelativeSessionMutationVariables = Exact<{
  input: LogRelativeSessionInput;
}>;


export type LogRelativeSessionMutation = { logRelativeSession: { id: string, relativeId: string | null, durationMinutes: number, notes: string | null, relative: { id: string } | null, resident: { id: string } | null, counsellor: { id: string } | null } };

export type CounsellingSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type CounsellingSessionQuery = { counsellingSession: { id: string, durationMinutes: number, resident: { id: string, counsellingMinutes: number, counsellingSessions: Array<{ id: string, occurredOn: string }> } | null } | null };

export type SessionsFirstTwoQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionsFirstTwoQuery = { counsellingSession: { resident: { counsellingSessions: Array<{ occurredOn: string }> } | null } | null };

export type SessionsFirstNegativeQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionsFirstNegativeQuery = { counsellingSession: { resident: { counsellingSessions: Array<{ id: string }> } | null } | null };

export type NotesLogSessionMutationVariables = Exact<{
  input: LogCounsellingSessionInput;
}>;


export type NotesLogSessionMutation = { logCounsellingSession: { id: string } };

export type NotesLogRelativeSessionMutationVariables = Exact<{
  input: LogRelativeSessionInput;
}>;


export type NotesLogRelativeSessionMutation = { logRelativeSession: { id: string } };

export type SessionNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionNotesQuery = { counsellingSession: { id: string, durationMinutes: number, notes: string | null, hopes: string | null, resources: string | null, usefulExperience: string | null, nextStep: string | null, notesVisible: boolean } | null };

export type ConfidentialFragment = { notes: string | null, hopes: string | null, resources: string | null, usefulExperience: string | null, nextStep: string | null, notesVisible: boolean };

export type SessionNotesInListQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionNotesInListQuery = { counsellingSession: { resident: { counsellingSessions: Array<{ id: string, notes: string | null, hopes: string | null, resources: string | null, usefulExperience: string | null, nextStep: string | null, notesVisible: boolean }> } | null } | null };

export type SessionWithoutNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionWithoutNotesQuery = { counsellingSession: { id: string, durationMinutes: number, notesVisible: boolean } | null };

export type DemoFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoFiguresQuery = { residences: Array<{ id: string, occupancy: number, capacity: number, closedOn: string | null }>, current: { totalCount: number }, everyone: { totalCount: number }, individual: { totalHours: number, residents: number, sessions: number } | null, all: { totalHours: number, sessions: number } | null };

export type GoalRaceCreateMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type GoalRaceCreateMutation = { createGoal: { id: string, version: number } };

export type GoalRaceProgressMutationVariables = Exact<{
  input: UpdateGoalProgressInput;
}>;


export type GoalRaceProgressMutation = { updateGoalProgress: { version: number, progress: number } };

export type GoalsByDomainQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type GoalsByDomainQuery = { goalsByDomain: Array<{ domain: GoalDomain, planned: number, inProgress: number, achieved: number, abandoned: number, total: number }> };

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { createGoal: { id: string, domain: GoalDomain, title: string, description: string | null, targetDate: string | null, status: GoalStatus, progress: number, version: number, createdAt: string, updatedAt: string, resident: { id: string }, history: Array<{ fromStatus: GoalStatus | null, toStatus: GoalStatus, fromProgress: number | null, toProgress: number, note: string | null, changedAt: string, changedBy: { id: string } | null }> } };

export type GoalFieldsFragment = { id: string, domain: GoalDomain, title: string, description: string | null, targetDate: string | null, status: GoalStatus, progress: number, version: number, createdAt: string, updatedAt: string, resident: { id: string }, history: Array<{ fromStatus: GoalStatus | null, toStatus: GoalStatus, fromProgress: number | null, toProgress: number, note: string | null, changedAt: string, changedBy: { id: string } | null }> };

export type UpdateGoalProgressMutationVariables = Exact<{
  input: UpdateGoalProgressInput;
}>;


export type UpdateGoalProgressMutation = { updateGoalProgress: { id: string, domain: GoalDomain, title: string, description: string | null, targetDate: string | null, status: GoalStatus, progress: number, version: number, createdAt: string, updatedAt: string, resident: { id: string }, history: Array<{ fromStatus: GoalStatus | null, toStatus: GoalStatus, fromProgress: number | null, toProgress: number, note: string | null, changedAt: string, changedBy: { id: string } | null }> } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { updateGoal: { id: string, domain: GoalDomain, title: string, description: string | null, targetDate: string | null, status: GoalStatus, progress: number, version: number, createdAt: string, updatedAt: string, resident: { id: string }, history: Array<{ fromStatus: GoalStatus | null, toStatus: GoalStatus, fromProgress: number | null, toProgress: number, note: string | null, changedAt: string, changedBy: { id: string } | null }> } };

export type GoalQueryVariables = Exact<{
  id: string | number;
}>;


export type GoalQuery = { goal: { id: string, domain: GoalDomain, title: string, description: string | null, targetDate: string | null, status: GoalStatus, progress: number, version: number, createdAt: string, updatedAt: string, resident: { id: string }, history: Array<{ fromStatus: GoalStatus | null, toStatus: GoalStatus, fromProgress: number | null, toProgress: number, note: string | null, changedAt: string, changedBy: { id: string } | null }> } | null };

export type GoalWithResidentQueryVariables = Exact<{
  id: string | number;
}>;


export type GoalWithResidentQuery = { goal: { id: string, title: string, resident: { id: string, goals: Array<{ id: string, title: string }> } } | null };

export type MatrixBedsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixBedsQuery = { residence: { beds: Array<{ id: string }> } | null };

export type MatrixListsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixListsQuery = { residences: Array<{ id: string }>, residents: { totalCount: number, edges: Array<{ node: { id: string } }> }, relatives: Array<{ id: string }> };

export type StatementCountPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type StatementCountPageQuery = { residents: { totalCount: number, edges: Array<{ node: { id: string, firstName: string, counsellingMinutes: number, keyWorker: { displayName: string } | null, currentStay: { admittedOn: string, residence: { name: string }, bed: { label: string } } | null, goals: Array<{ id: string, domain: GoalDomain, progress: number }> } }> } };

export type StatementCountCaseFileQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementCountCaseFileQuery = { resident: { id: string, firstName: string, counsellingMinutes: number, keyWorker: { displayName: string } | null, currentStay: { admittedOn: string, bed: { label: string }, residence: { name: string, occupancy: number } } | null, goals: Array<{ id: string, domain: GoalDomain, progress: number }>, counsellingSessions: Array<{ id: string, occurredOn: string, durationMinutes: number, notes: string | null, counsellor: { displayName: string } | null }> } | null };

export type UnitOfWorkCaseFileQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitOfWorkCaseFileQuery = { resident: { id: string, firstName: string, counsellingMinutes: number, keyWorker: { id: string } | null, currentStay: { id: string, bed: { id: string }, residence: { id: string, occupancy: number } } | null, goals: Array<{ id: string, history: Array<{ id: string }> }>, counsellingSessions: Array<{ id: string, notes: string | null }>, relatives: Array<{ relative: { id: string } }>, assessments: Array<{ id: string }> } | null };

export type UnitOfWorkCreateResidenceMutationVariables = Exact<{
  name: string;
}>;


export type UnitOfWorkCreateResidenceMutation = { createResidence: { id: string } };

export type CreateRelativeMutationVariables = Exact<{
  input: CreateRelativeInput;
}>;


export type CreateRelativeMutation = { createRelative: { id: string, firstName: string, lastName: string, phone: string | null, email: string | null, residents: Array<{ relationship: Relationship, resident: { id: string } }> } };

export type UpdateRelativeMutationVariables = Exact<{
  input: UpdateRelativeInput;
}>;


export type UpdateRelativeMutation = { updateRelative: { id: string, firstName: string, phone: string | null } };

export type LinkRelativeMutationVariables = Exact<{
  input: LinkRelativeInput;
}>;


export type LinkRelativeMutation = { linkRelative: { relationship: Relationship, relative: { id: string, firstName: string }, resident: { id: string, firstName: string } } };

export type UnlinkRelativeMutationVariables = Exact<{
  input: UnlinkRelativeInput;
}>;


export type UnlinkRelativeMutation = { unlinkRelative: { id: string, residents: Array<{ resident: { id: string } }> } };

export type RelativeQueryVariables = Exact<{
  id: string | number;
}>;


export type RelativeQuery = { relative: { id: string, firstName: string, residents: Array<{ relationship: Relationship, resident: { id: string, lastName: string } }> } | null };

export type RelativesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type RelativesQuery = { relatives: Array<{ id: string, firstName: string, lastName: string }> };

export type RelativesOfResidentQueryVariables = Exact<{
  id: string | number;
}>;


export type RelativesOfResidentQuery = { resident: { relatives: Array<{ relationship: Relationship, relative: { firstName: string, lastName: string }, resident: { id: string } }> } | null };

export type ResidenceQueryVariables = Exact<{
  id: string | number;
}>;


export type ResidenceQuery = { residence: { id: string, name: string, address: string | null, openedOn: string | null, closedOn: string | null, capacity: number, occupancy: number, freeBeds: number, beds: Array<{ id: string, room: string, label: string, retiredOn: string | null, occupant: { id: string } | null }> } | null };

export type ResidencesQueryVariables = Exact<{
  all?: boolean | null | undefined;
}>;


export type ResidencesQuery = { residences: Array<{ id: string, name: string, closedOn: string | null, capacity: number, occupancy: number, freeBeds: number }> };

export type UpdateResidenceMutationVariables = Exact<{
  input: UpdateResidenceInput;
}>;


export type UpdateResidenceMutation = { updateResidence: { id: string, name: string, address: string | null, openedOn: string | null } };

export type CloseResidenceMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type CloseResidenceMutation = { closeResidence: { id: string, closedOn: string | null } };

export type AddBedsMutationVariables = Exact<{
  input: AddBedsInput;
}>;


export type AddBedsMutation = { addBeds: { id: string, capacity: number, beds: Array<{ room: string, label: string }> } };

export type RetireBedMutationVariables = Exact<{
  input: RetireBedInput;
}>;


export type RetireBedMutation = { retireBed: { id: string, capacity: number, freeBeds: number } };

export type ResidenceAllBedsQueryVariables = Exact<{
  id: string | number;
}>;


export type ResidenceAllBedsQuery = { residence: { beds: Array<{ id: string, retiredOn: string | null }> } | null };

export type ResidencesBoardBatchQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidencesBoardBatchQuery = { residences: Array<{ name: string, capacity: number, occupancy: number, freeBeds: number, beds: Array<{ label: string, occupant: { firstName: string } | null }> }> };

export type KeyWorkerLogSessionMutationVariables = Exact<{
  input: LogCounsellingSessionInput;
}>;


export type KeyWorkerLogSessionMutation = { logCounsellingSession: { id: string } };

export type KeyWorkerNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyWorkerNotesQuery = { resident: { counsellingSessions: Array<{ id: string, notes: string | null, notesVisible: boolean }> } | null };

export type KeyWorkerUpdateResidentMutationVariables = Exact<{
  input: UpdateResidentInput;
}>;


export type KeyWorkerUpdateResidentMutation = { updateResident: { id: string } };

export type AssignKeyWorkerMutationVariables = Exact<{
  input: AssignKeyWorkerInput;
}>;


export type AssignKeyWorkerMutation = { assignKeyWorker: { id: string, version: number, keyWorker: { id: string } | null } };

export type KeyWorkerCreateResidentMutationVariables = Exact<{
  input: CreateResidentInput;
}>;


export type KeyWorkerCreateResidentMutation = { createResident: { id: string, keyWorker: { id: string } | null } };

export type KeyWorkerTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyWorkerTrailQuery = { residentAuditTrail: Array<{ action: string, details: Array<{ key: string, value: string | null }> }> };

export type ResidentsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ResidentsPageQuery = { residents: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, firstName: string, lastName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ResidentQueryVariables = Exact<{
  id: string | number;
}>;


export type ResidentQuery = { resident: { id: string, firstName: string, lastName: string, status: ResidentStatus, version: number, keyWorker: { id: string, displayName: string, role: Role, organisation: { id: string } } | null } | null };

export type ResidentContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ResidentContactQuery = { resident: { email: string | null, phone: string | null, dateOfBirth: string | null, intakeDate: string } | null };

export type UpdateResidentMutationVariables = Exact<{
  input: UpdateResidentInput;
}>;


export type UpdateResidentMutation = { updateResident: { id: string, firstName: string, lastName: string, phone: string | null, email: string | null, version: number } };

export type CloseResidentMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseResidentMutation = { closeResident: { id: string, status: ResidentStatus } };

export type ReopenResidentMutationVariables = Exact<{
  id: string | number;
}>;


export type ReopenResidentMutation = { reopenResident: { id: string, status: ResidentStatus } };

export type ReadmitMutationVariables = Exact<{
  input: AdmitResidentInput;
}>;


export type ReadmitMutation = { admitResident: { id: string } };

export type MyResidentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyResidentsQuery = { residents: { totalCount: number, edges: Array<{ node: { firstName: string, keyWorker: { id: string } | null } }> } };

export type ClosedResidentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClosedResidentsQuery = { residents: { totalCount: number } };

export type OccupancyOverTimeQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type OccupancyOverTimeQuery = { occupancyOverTime: Array<{ date: string, residents: number, beds: number, rate: number }> };

export type OccupancyCloseResidenceMutationVariables = Exact<{
  id: string | number;
  closedOn: string;
}>;


export type OccupancyCloseResidenceMutation = { closeResidence: { id: string } };

export type OccupancyRetireBedMutationVariables = Exact<{
  input: RetireBedInput;
}>;


export type OccupancyRetireBedMutation = { retireBed: { id: string } };

export type OccupancyBedsQueryVariables = Exact<{
  id: string | number;
}>;


export type OccupancyBedsQuery = { residence: { beds: Array<{ id: string, occupant: { id: string } | null }> } | null };

export type StayResidenceOccupancyQueryVariables = Exact<{
  id: string | number;
}>;


export type StayResidenceOccupancyQuery = { residence: { capacity: number, occupancy: number, freeBeds: number, beds: Array<{ id: string, occupant: { id: string } | null }> } | null };

export type StayResidenceCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type StayResidenceCountsQuery = { residence: { occupancy: number, freeBeds: number } | null };

export type StayResidenceBedsQueryVariables = Exact<{
  id: string | number;
}>;


export type StayResidenceBedsQuery = { residence: { beds: Array<{ id: string, room: string, label: string }> } | null };

export type StayCloseResidenceMutationVariables = Exact<{
  id: string | number;
}>;


export type StayCloseResidenceMutation = { closeResidence: { id: string } };

export type StayHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type StayHistoryQuery = { resident: { currentStay: { id: string, residence: { name: string } } | null, stays: Array<{ id: string, admittedOn: string, dischargeReason: DischargeReason | null, residence: { name: string } }> } | null };

export type StaysOfResidentsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaysOfResidentsQuery = { residents: { totalCount: number, edges: Array<{ node: { id: string, keyWorker: { displayName: string } | null, currentStay: { admittedOn: string, bed: { label: string }, residence: { name: string, capacity: number, occupancy: number, freeBeds: number } } | null, stays: Array<{ id: string }> } }> } };

export type StaysResidenceNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaysResidenceNamesQuery = { residents: { edges: Array<{ node: { currentStay: { residence: { name: string } } | null } }> } };

export type FreshStartSignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type FreshStartSignInMutation = { login: { accessToken: string, user: { email: string, role: Role } } };

export type FreshStartMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FreshStartMeQuery = { me: { email: string } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { accessToken: string } };

export type CreateResidenceMutationVariables = Exact<{
  input: CreateResidenceInput;
}>;


export type CreateResidenceMutation = { createResidence: { id: string, name: string, capacity: number, occupancy: number, freeBeds: number, closedOn: string | null } };

export type CreateResidentMutationVariables = Exact<{
  input: CreateResidentInput;
}>;


export type CreateResidentMutation = { createResident: { id: string, firstName: string, lastName: string, status: ResidentStatus, version: number, intakeDate: string } };

export type AdmitResidentMutationVariables = Exact<{
  input: AdmitResidentInput;
}>;


export type AdmitResidentMutation = { admitResident: { id: string, admittedOn: string, dischargedOn: string | null, bed: { id: string, room: string, label: string }, resident: { id: string, status: ResidentStatus }, residence: { id: string, occupancy: number } } };

export type DischargeResidentMutationVariables = Exact<{
  input: DischargeResidentInput;
}>;


export type DischargeResidentMutation = { dischargeResident: { id: string, admittedOn: string, dischargedOn: string | null, dischargeReason: DischargeReason | null, dischargeNote: string | null, resident: { id: string, status: ResidentStatus } } };

export type FactoryCreateRelativeMutationVariables = Exact<{
  input: CreateRelativeInput;
}>;


export type FactoryCreateRelativeMutation = { createRelative: { id: string } };

export type FactoryLogSessionMutationVariables = Exact<{
  input: LogCounsellingSessionInput;
}>;


export type FactoryLogSessionMutation = { logCounsellingSession: { id: string } };

export type FactoryLogRelativeSessionMutationVariables = Exact<{
  input: LogRelativeSessionInput;
}>;


export type FactoryLogRelativeSessionMutation = { logRelativeSession: { id: string } };

export type FactoryCreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type FactoryCreateGoalMutation = { createGoal: { id: string } };

export type FactoryRecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type FactoryRecordAssessmentMutation = { recordAssessment: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConfidentialFragmentDoc = new TypedDocumentString(`
    fragment Confidential on CounsellingSession {
  notes
  hopes
  resources
  usefulExperience
  nextStep
  notesVisible
}
    `, {"fragmentName":"Confidential"}) as unknown as TypedDocumentString<ConfidentialFragment, unknown>;
export const GoalFieldsFragmentDoc = new TypedDocumentString(`
    fragment GoalFields on Goal {
  id
  domain
  title
  description
  targetDate
  status
  progress
  version
  createdAt
  updatedAt
  resident {
    id
  }
  history {
    fromStatus
    toStatus
    fromProgress
    toProgress
    note
    changedAt
    changedBy {
      id
    }
  }
}
    `, {"fragmentName":"GoalFields"}) as unknown as TypedDocumentString<GoalFieldsFragment, unknown>;
export const LimitsSessionsDocument = new TypedDocumentString(`
    query LimitsSessions($id: ID!, $first: Int) {
  resident(id: $id) {
    counsellingSessions(first: $first) {
      id
      occurredOn
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsSessionsQuery, LimitsSessionsQueryVariables>;
export const LimitsPagesInSqlDocument = new TypedDocumentString(`
    query LimitsPagesInSql {
  residents(search: "Limit Person") {
    edges {
      node {
        lastName
        goals(first: 2) {
          title
        }
        counsellingSessions(first: 3) {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsPagesInSqlQuery, LimitsPagesInSqlQueryVariables>;
export const ActorMeDocument = new TypedDocumentString(`
    query ActorMe {
  me {
    id
    role
    organisation {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ActorMeQuery, ActorMeQueryVariables>;
export const ActorResidencesDocument = new TypedDocumentString(`
    query ActorResidences {
  residences {
    id
  }
}
    `) as unknown as TypedDocumentString<ActorResidencesQuery, ActorResidencesQueryVariables>;
export const ActorCreateResidenceDocument = new TypedDocumentString(`
    mutation ActorCreateResidence($input: CreateResidenceInput!) {
  createResidence(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ActorCreateResidenceMutation, ActorCreateResidenceMutationVariables>;
export const LoginWithUserDocument = new TypedDocumentString(`
    mutation LoginWithUser($input: LoginInput!) {
  login(input: $input) {
    accessToken
    user {
      id
      email
      role
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginWithUserMutation, LoginWithUserMutationVariables>;
export const LoginMeDocument = new TypedDocumentString(`
    query LoginMe {
  me {
    id
    email
    displayName
    role
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMeQuery, LoginMeQueryVariables>;
export const NextRequestResidencesDocument = new TypedDocumentString(`
    query NextRequestResidences {
  residences {
    id
  }
}
    `) as unknown as TypedDocumentString<NextRequestResidencesQuery, NextRequestResidencesQueryVariables>;
export const NextRequestMeDocument = new TypedDocumentString(`
    query NextRequestMe {
  me {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<NextRequestMeQuery, NextRequestMeQueryVariables>;
export const LifetimeRefreshDocument = new TypedDocumentString(`
    mutation LifetimeRefresh {
  refreshSession {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<LifetimeRefreshMutation, LifetimeRefreshMutationVariables>;
export const SessionsMeDocument = new TypedDocumentString(`
    query SessionsMe {
  me {
    id
    role
    organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsMeQuery, SessionsMeQueryVariables>;
export const SessionsRefreshDocument = new TypedDocumentString(`
    mutation SessionsRefresh {
  refreshSession {
    accessToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsRefreshMutation, SessionsRefreshMutationVariables>;
export const SessionsLogoutDocument = new TypedDocumentString(`
    mutation SessionsLogout {
  logout
}
    `) as unknown as TypedDocumentString<SessionsLogoutMutation, SessionsLogoutMutationVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation RecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    id
    takenOn
    scores
    total
    createdAt
    instrument {
      code
    }
    assessedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const AssessmentInstrumentsDocument = new TypedDocumentString(`
    query AssessmentInstruments($locale: String) {
  assessmentInstruments {
    code
    name
    description
    itemMin
    itemMax
    totalMin
    totalMax
    items {
      key
      locales
      text(locale: $locale)
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentInstrumentsQuery, AssessmentInstrumentsQueryVariables>;
export const RecordAssessmentTrendDocument = new TypedDocumentString(`
    mutation RecordAssessmentTrend($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    resident {
      id
      all: assessments {
        takenOn
        instrument {
          code
        }
      }
      barc: assessments(instrumentCode: "BARC-10") {
        takenOn
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAssessmentTrendMutation, RecordAssessmentTrendMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($id: ID!) {
  residentAuditTrail(residentId: $id) {
    occurredAt
    action
    entityType
    entityId
    userDisplayName
    requestId
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditTrailReadResidentDocument = new TypedDocumentString(`
    query AuditTrailReadResident($id: ID!) {
  resident(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditTrailReadResidentQuery, AuditTrailReadResidentQueryVariables>;
export const TotalsLogSessionDocument = new TypedDocumentString(`
    mutation TotalsLogSession($input: LogCounsellingSessionInput!) {
  logCounsellingSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TotalsLogSessionMutation, TotalsLogSessionMutationVariables>;
export const TotalsLogRelativeSessionDocument = new TypedDocumentString(`
    mutation TotalsLogRelativeSession($input: LogRelativeSessionInput!) {
  logRelativeSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TotalsLogRelativeSessionMutation, TotalsLogRelativeSessionMutationVariables>;
export const CounsellingTotalsDocument = new TypedDocumentString(`
    query CounsellingTotals($from: Date!, $to: Date!, $top: Int!) {
  counsellingTotals(from: $from, to: $to, topResidents: $top) {
    from
    to
    totalMinutes
    totalHours
    sessions
    residents
    byCounsellor {
      counsellor {
        id
      }
      minutes
      sessions
    }
    byMonth {
      month
      minutes
      sessions
    }
    byResident {
      resident {
        id
        counsellingMinutes
      }
      minutes
      sessions
    }
  }
}
    `) as unknown as TypedDocumentString<CounsellingTotalsQuery, CounsellingTotalsQueryVariables>;
export const CounsellingFiguresDocument = new TypedDocumentString(`
    query CounsellingFigures($from: Date!, $to: Date!) {
  counsellingTotals(from: $from, to: $to, topResidents: 3) {
    totalMinutes
    sessions
    residents
    byCounsellor {
      minutes
    }
    byMonth {
      month
      minutes
    }
    byResident {
      minutes
      sessions
    }
  }
}
    `) as unknown as TypedDocumentString<CounsellingFiguresQuery, CounsellingFiguresQueryVariables>;
export const CounsellingMinutesRangedDocument = new TypedDocumentString(`
    query CounsellingMinutesRanged($from: Date!, $to: Date!, $top: Int!) {
  counsellingTotals(from: $from, to: $to, topResidents: $top) {
    byResident {
      resident {
        id
        all: counsellingMinutes
        feb: counsellingMinutes(from: "2025-02-01", to: "2025-02-28")
        since: counsellingMinutes(from: "2025-03-15")
        until: counsellingMinutes(to: "2025-01-01")
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CounsellingMinutesRangedQuery, CounsellingMinutesRangedQueryVariables>;
export const CounsellingMinutesBackwardsDocument = new TypedDocumentString(`
    query CounsellingMinutesBackwards($id: ID!) {
  resident(id: $id) {
    counsellingMinutes(from: "2025-03-01", to: "2025-02-01")
  }
}
    `) as unknown as TypedDocumentString<CounsellingMinutesBackwardsQuery, CounsellingMinutesBackwardsQueryVariables>;
export const LogSessionDocument = new TypedDocumentString(`
    mutation LogSession($input: LogCounsellingSessionInput!) {
  logCounsellingSession(input: $input) {
    id
    occurredOn
    durationMinutes
    kind
    domains
    notes
    hopes
    resources
    usefulExperience
    nextStep
    notesVisible
    relativeId
    counsellor {
      id
      role
      organisation {
        id
      }
    }
    resident {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LogSessionMutation, LogSessionMutationVariables>;
export const LogRelativeSessionDocument = new TypedDocumentString(`
    mutation LogRelativeSession($input: LogRelativeSessionInput!) {
  logRelativeSession(input: $input) {
    id
    relativeId
    relative {
      id
    }
    durationMinutes
    notes
    resident {
      id
    }
    counsellor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LogRelativeSessionMutation, LogRelativeSessionMutationVariables>;
export const CounsellingSessionDocument = new TypedDocumentString(`
    query CounsellingSession($id: ID!) {
  counsellingSession(id: $id) {
    id
    durationMinutes
    resident {
      id
      counsellingMinutes
      counsellingSessions {
        id
        occurredOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CounsellingSessionQuery, CounsellingSessionQueryVariables>;
export const SessionsFirstTwoDocument = new TypedDocumentString(`
    query SessionsFirstTwo($id: ID!) {
  counsellingSession(id: $id) {
    resident {
      counsellingSessions(first: 2) {
        occurredOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsFirstTwoQuery, SessionsFirstTwoQueryVariables>;
export const SessionsFirstNegativeDocument = new TypedDocumentString(`
    query SessionsFirstNegative($id: ID!) {
  counsellingSession(id: $id) {
    resident {
      counsellingSessions(first: -1) {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsFirstNegativeQuery, SessionsFirstNegativeQueryVariables>;
export const NotesLogSessionDocument = new TypedDocumentString(`
    mutation NotesLogSession($input: LogCounsellingSessionInput!) {
  logCounsellingSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotesLogSessionMutation, NotesLogSessionMutationVariables>;
export const NotesLogRelativeSessionDocument = new TypedDocumentString(`
    mutation NotesLogRelativeSession($input: LogRelativeSessionInput!) {
  logRelativeSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotesLogRelativeSessionMutation, NotesLogRelativeSessionMutationVariables>;
export const SessionNotesDocument = new TypedDocumentString(`
    query SessionNotes($id: ID!) {
  counsellingSession(id: $id) {
    id
    durationMinutes
    ...Confidential
  }
}
    fragment Confidential on CounsellingSession {
  notes
  hopes
  resources
  usefulExperience
  nextStep
  notesVisible
}`) as unknown as TypedDocumentString<SessionNotesQuery, SessionNotesQueryVariables>;
export const SessionNotesInListDocument = new TypedDocumentString(`
    query SessionNotesInList($id: ID!) {
  counsellingSession(id: $id) {
    resident {
      counsellingSessions {
        id
        ...Confidential
      }
    }
  }
}
    fragment Confidential on CounsellingSession {
  notes
  hopes
  resources
  usefulExperience
  nextStep
  notesVisible
}`) as unknown as TypedDocumentString<SessionNotesInListQuery, SessionNotesInListQueryVariables>;
export const SessionWithoutNotesDocument = new TypedDocumentString(`
    query SessionWithoutNotes($id: ID!) {
  counsellingSession(id: $id) {
    id
    durationMinutes
    notesVisible
  }
}
    `) as unknown as TypedDocumentString<SessionWithoutNotesQuery, SessionWithoutNotesQueryVariables>;
export const DemoFiguresDocument = new TypedDocumentString(`
    query DemoFigures {
  residences {
    id
    occupancy
    capacity
    closedOn
  }
  current: residents(status: IN_RESIDENCE, first: 1) {
    totalCount
  }
  everyone: residents(first: 1) {
    totalCount
  }
  individual: counsellingTotals(
    from: "2024-11-01"
    to: "2026-10-31"
    kinds: [INDIVIDUAL]
    residentsOnly: true
  ) {
    totalHours
    residents
    sessions
  }
  all: counsellingTotals(from: "2024-11-01", to: "2026-10-31") {
    totalHours
    sessions
  }
}
    `) as unknown as TypedDocumentString<DemoFiguresQuery, DemoFiguresQueryVariables>;
export const GoalRaceCreateDocument = new TypedDocumentString(`
    mutation GoalRaceCreate($input: CreateGoalInput!) {
  createGoal(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<GoalRaceCreateMutation, GoalRaceCreateMutationVariables>;
export const GoalRaceProgressDocument = new TypedDocumentString(`
    mutation GoalRaceProgress($input: UpdateGoalProgressInput!) {
  updateGoalProgress(input: $input) {
    version
    progress
  }
}
    `) as unknown as TypedDocumentString<GoalRaceProgressMutation, GoalRaceProgressMutationVariables>;
export const GoalsByDomainDocument = new TypedDocumentString(`
    query GoalsByDomain($from: Date, $to: Date) {
  goalsByDomain(from: $from, to: $to) {
    domain
    planned
    inProgress
    achieved
    abandoned
    total
  }
}
    `) as unknown as TypedDocumentString<GoalsByDomainQuery, GoalsByDomainQueryVariables>;
export const CreateGoalDocument = new TypedDocumentString(`
    mutation CreateGoal($input: CreateGoalInput!) {
  createGoal(input: $input) {
    ...GoalFields
  }
}
    fragment GoalFields on Goal {
  id
  domain
  title
  description
  targetDate
  status
  progress
  version
  createdAt
  updatedAt
  resident {
    id
  }
  history {
    fromStatus
    toStatus
    fromProgress
    toProgress
    note
    changedAt
    changedBy {
      id
    }
  }
}`) as unknown as TypedDocumentString<CreateGoalMutation, CreateGoalMutationVariables>;
export const UpdateGoalProgressDocument = new TypedDocumentString(`
    mutation UpdateGoalProgress($input: UpdateGoalProgressInput!) {
  updateGoalProgress(input: $input) {
    ...GoalFields
  }
}
    fragment GoalFields on Goal {
  id
  domain
  title
  description
  targetDate
  status
  progress
  version
  createdAt
  updatedAt
  resident {
    id
  }
  history {
    fromStatus
    toStatus
    fromProgress
    toProgress
    note
    changedAt
    changedBy {
      id
    }
  }
}`) as unknown as TypedDocumentString<UpdateGoalProgressMutation, UpdateGoalProgressMutationVariables>;
export const UpdateGoalDocument = new TypedDocumentString(`
    mutation UpdateGoal($input: UpdateGoalInput!) {
  updateGoal(input: $input) {
    ...GoalFields
  }
}
    fragment GoalFields on Goal {
  id
  domain
  title
  description
  targetDate
  status
  progress
  version
  createdAt
  updatedAt
  resident {
    id
  }
  history {
    fromStatus
    toStatus
    fromProgress
    toProgress
    note
    changedAt
    changedBy {
      id
    }
  }
}`) as unknown as TypedDocumentString<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const GoalDocument = new TypedDocumentString(`
    query Goal($id: ID!) {
  goal(id: $id) {
    ...GoalFields
  }
}
    fragment GoalFields on Goal {
  id
  domain
  title
  description
  targetDate
  status
  progress
  version
  createdAt
  updatedAt
  resident {
    id
  }
  history {
    fromStatus
    toStatus
    fromProgress
    toProgress
    note
    changedAt
    changedBy {
      id
    }
  }
}`) as unknown as TypedDocumentString<GoalQuery, GoalQueryVariables>;
export const GoalWithResidentDocument = new TypedDocumentString(`
    query GoalWithResident($id: ID!) {
  goal(id: $id) {
    id
    title
    resident {
      id
      goals {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GoalWithResidentQuery, GoalWithResidentQueryVariables>;
export const MatrixBedsDocument = new TypedDocumentString(`
    query MatrixBeds($id: ID!) {
  residence(id: $id) {
    beds {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixBedsQuery, MatrixBedsQueryVariables>;
export const MatrixListsDocument = new TypedDocumentString(`
    query MatrixLists {
  residences {
    id
  }
  residents(first: 200) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  relatives {
    id
  }
}
    `) as unknown as TypedDocumentString<MatrixListsQuery, MatrixListsQueryVariables>;
export const StatementCountPageDocument = new TypedDocumentString(`
    query StatementCountPage($first: Int) {
  residents(first: $first) {
    totalCount
    edges {
      node {
        id
        firstName
        keyWorker {
          displayName
        }
        currentStay {
          admittedOn
          residence {
            name
          }
          bed {
            label
          }
        }
        goals {
          id
          domain
          progress
        }
        counsellingMinutes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementCountPageQuery, StatementCountPageQueryVariables>;
export const StatementCountCaseFileDocument = new TypedDocumentString(`
    query StatementCountCaseFile($id: ID!) {
  resident(id: $id) {
    id
    firstName
    keyWorker {
      displayName
    }
    counsellingMinutes
    currentStay {
      admittedOn
      bed {
        label
      }
      residence {
        name
        occupancy
      }
    }
    goals {
      id
      domain
      progress
    }
    counsellingSessions(first: 20) {
      id
      occurredOn
      durationMinutes
      notes
      counsellor {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementCountCaseFileQuery, StatementCountCaseFileQueryVariables>;
export const UnitOfWorkCaseFileDocument = new TypedDocumentString(`
    query UnitOfWorkCaseFile($id: ID!) {
  resident(id: $id) {
    id
    firstName
    keyWorker {
      id
    }
    counsellingMinutes
    currentStay {
      id
      bed {
        id
      }
      residence {
        id
        occupancy
      }
    }
    goals {
      id
      history {
        id
      }
    }
    counsellingSessions(first: 20) {
      id
      notes
    }
    relatives {
      relative {
        id
      }
    }
    assessments {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UnitOfWorkCaseFileQuery, UnitOfWorkCaseFileQueryVariables>;
export const UnitOfWorkCreateResidenceDocument = new TypedDocumentString(`
    mutation UnitOfWorkCreateResidence($name: String!) {
  createResidence(input: {name: $name, capacity: 2}) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnitOfWorkCreateResidenceMutation, UnitOfWorkCreateResidenceMutationVariables>;
export const CreateRelativeDocument = new TypedDocumentString(`
    mutation CreateRelative($input: CreateRelativeInput!) {
  createRelative(input: $input) {
    id
    firstName
    lastName
    phone
    email
    residents {
      relationship
      resident {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRelativeMutation, CreateRelativeMutationVariables>;
export const UpdateRelativeDocument = new TypedDocumentString(`
    mutation UpdateRelative($input: UpdateRelativeInput!) {
  updateRelative(input: $input) {
    id
    firstName
    phone
  }
}
    `) as unknown as TypedDocumentString<UpdateRelativeMutation, UpdateRelativeMutationVariables>;
export const LinkRelativeDocument = new TypedDocumentString(`
    mutation LinkRelative($input: LinkRelativeInput!) {
  linkRelative(input: $input) {
    relationship
    relative {
      id
      firstName
    }
    resident {
      id
      firstName
    }
  }
}
    `) as unknown as TypedDocumentString<LinkRelativeMutation, LinkRelativeMutationVariables>;
export const UnlinkRelativeDocument = new TypedDocumentString(`
    mutation UnlinkRelative($input: UnlinkRelativeInput!) {
  unlinkRelative(input: $input) {
    id
    residents {
      resident {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkRelativeMutation, UnlinkRelativeMutationVariables>;
export const RelativeDocument = new TypedDocumentString(`
    query Relative($id: ID!) {
  relative(id: $id) {
    id
    firstName
    residents {
      relationship
      resident {
        id
        lastName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelativeQuery, RelativeQueryVariables>;
export const RelativesDocument = new TypedDocumentString(`
    query Relatives($search: String) {
  relatives(search: $search) {
    id
    firstName
    lastName
  }
}
    `) as unknown as TypedDocumentString<RelativesQuery, RelativesQueryVariables>;
export const RelativesOfResidentDocument = new TypedDocumentString(`
    query RelativesOfResident($id: ID!) {
  resident(id: $id) {
    relatives {
      relationship
      relative {
        firstName
        lastName
      }
      resident {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelativesOfResidentQuery, RelativesOfResidentQueryVariables>;
export const ResidenceDocument = new TypedDocumentString(`
    query Residence($id: ID!) {
  residence(id: $id) {
    id
    name
    address
    openedOn
    closedOn
    capacity
    occupancy
    freeBeds
    beds {
      id
      room
      label
      retiredOn
      occupant {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidenceQuery, ResidenceQueryVariables>;
export const ResidencesDocument = new TypedDocumentString(`
    query Residences($all: Boolean) {
  residences(includeClosed: $all) {
    id
    name
    closedOn
    capacity
    occupancy
    freeBeds
  }
}
    `) as unknown as TypedDocumentString<ResidencesQuery, ResidencesQueryVariables>;
export const UpdateResidenceDocument = new TypedDocumentString(`
    mutation UpdateResidence($input: UpdateResidenceInput!) {
  updateResidence(input: $input) {
    id
    name
    address
    openedOn
  }
}
    `) as unknown as TypedDocumentString<UpdateResidenceMutation, UpdateResidenceMutationVariables>;
export const CloseResidenceDocument = new TypedDocumentString(`
    mutation CloseResidence($id: ID!, $on: Date!) {
  closeResidence(id: $id, closedOn: $on) {
    id
    closedOn
  }
}
    `) as unknown as TypedDocumentString<CloseResidenceMutation, CloseResidenceMutationVariables>;
export const AddBedsDocument = new TypedDocumentString(`
    mutation AddBeds($input: AddBedsInput!) {
  addBeds(input: $input) {
    id
    capacity
    beds {
      room
      label
    }
  }
}
    `) as unknown as TypedDocumentString<AddBedsMutation, AddBedsMutationVariables>;
export const RetireBedDocument = new TypedDocumentString(`
    mutation RetireBed($input: RetireBedInput!) {
  retireBed(input: $input) {
    id
    capacity
    freeBeds
  }
}
    `) as unknown as TypedDocumentString<RetireBedMutation, RetireBedMutationVariables>;
export const ResidenceAllBedsDocument = new TypedDocumentString(`
    query ResidenceAllBeds($id: ID!) {
  residence(id: $id) {
    beds(includeRetired: true) {
      id
      retiredOn
    }
  }
}
    `) as unknown as TypedDocumentString<ResidenceAllBedsQuery, ResidenceAllBedsQueryVariables>;
export const ResidencesBoardBatchDocument = new TypedDocumentString(`
    query ResidencesBoardBatch {
  residences {
    name
    capacity
    occupancy
    freeBeds
    beds {
      label
      occupant {
        firstName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidencesBoardBatchQuery, ResidencesBoardBatchQueryVariables>;
export const KeyWorkerLogSessionDocument = new TypedDocumentString(`
    mutation KeyWorkerLogSession($input: LogCounsellingSessionInput!) {
  logCounsellingSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeyWorkerLogSessionMutation, KeyWorkerLogSessionMutationVariables>;
export const KeyWorkerNotesDocument = new TypedDocumentString(`
    query KeyWorkerNotes($id: ID!) {
  resident(id: $id) {
    counsellingSessions {
      id
      notes
      notesVisible
    }
  }
}
    `) as unknown as TypedDocumentString<KeyWorkerNotesQuery, KeyWorkerNotesQueryVariables>;
export const KeyWorkerUpdateResidentDocument = new TypedDocumentString(`
    mutation KeyWorkerUpdateResident($input: UpdateResidentInput!) {
  updateResident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeyWorkerUpdateResidentMutation, KeyWorkerUpdateResidentMutationVariables>;
export const AssignKeyWorkerDocument = new TypedDocumentString(`
    mutation AssignKeyWorker($input: AssignKeyWorkerInput!) {
  assignKeyWorker(input: $input) {
    id
    version
    keyWorker {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AssignKeyWorkerMutation, AssignKeyWorkerMutationVariables>;
export const KeyWorkerCreateResidentDocument = new TypedDocumentString(`
    mutation KeyWorkerCreateResident($input: CreateResidentInput!) {
  createResident(input: $input) {
    id
    keyWorker {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<KeyWorkerCreateResidentMutation, KeyWorkerCreateResidentMutationVariables>;
export const KeyWorkerTrailDocument = new TypedDocumentString(`
    query KeyWorkerTrail($id: ID!) {
  residentAuditTrail(residentId: $id) {
    action
    details {
      key
      value
    }
  }
}
    `) as unknown as TypedDocumentString<KeyWorkerTrailQuery, KeyWorkerTrailQueryVariables>;
export const ResidentsPageDocument = new TypedDocumentString(`
    query ResidentsPage($first: Int, $after: String, $search: String) {
  residents(first: $first, after: $after, search: $search) {
    totalCount
    edges {
      cursor
      node {
        id
        firstName
        lastName
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentsPageQuery, ResidentsPageQueryVariables>;
export const ResidentDocument = new TypedDocumentString(`
    query Resident($id: ID!) {
  resident(id: $id) {
    id
    firstName
    lastName
    status
    version
    keyWorker {
      id
      displayName
      role
      organisation {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentQuery, ResidentQueryVariables>;
export const ResidentContactDocument = new TypedDocumentString(`
    query ResidentContact($id: ID!) {
  resident(id: $id) {
    email
    phone
    dateOfBirth
    intakeDate
  }
}
    `) as unknown as TypedDocumentString<ResidentContactQuery, ResidentContactQueryVariables>;
export const UpdateResidentDocument = new TypedDocumentString(`
    mutation UpdateResident($input: UpdateResidentInput!) {
  updateResident(input: $input) {
    id
    firstName
    lastName
    phone
    email
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateResidentMutation, UpdateResidentMutationVariables>;
export const CloseResidentDocument = new TypedDocumentString(`
    mutation CloseResident($id: ID!) {
  closeResident(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseResidentMutation, CloseResidentMutationVariables>;
export const ReopenResidentDocument = new TypedDocumentString(`
    mutation ReopenResident($id: ID!) {
  reopenResident(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReopenResidentMutation, ReopenResidentMutationVariables>;
export const ReadmitDocument = new TypedDocumentString(`
    mutation Readmit($input: AdmitResidentInput!) {
  admitResident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadmitMutation, ReadmitMutationVariables>;
export const MyResidentsDocument = new TypedDocumentString(`
    query MyResidents {
  residents(mine: true) {
    totalCount
    edges {
      node {
        firstName
        keyWorker {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyResidentsQuery, MyResidentsQueryVariables>;
export const ClosedResidentsDocument = new TypedDocumentString(`
    query ClosedResidents {
  residents(status: CLOSED) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ClosedResidentsQuery, ClosedResidentsQueryVariables>;
export const OccupancyOverTimeDocument = new TypedDocumentString(`
    query OccupancyOverTime($from: Date!, $to: Date!) {
  occupancyOverTime(from: $from, to: $to) {
    date
    residents
    beds
    rate
  }
}
    `) as unknown as TypedDocumentString<OccupancyOverTimeQuery, OccupancyOverTimeQueryVariables>;
export const OccupancyCloseResidenceDocument = new TypedDocumentString(`
    mutation OccupancyCloseResidence($id: ID!, $closedOn: Date!) {
  closeResidence(id: $id, closedOn: $closedOn) {
    id
  }
}
    `) as unknown as TypedDocumentString<OccupancyCloseResidenceMutation, OccupancyCloseResidenceMutationVariables>;
export const OccupancyRetireBedDocument = new TypedDocumentString(`
    mutation OccupancyRetireBed($input: RetireBedInput!) {
  retireBed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OccupancyRetireBedMutation, OccupancyRetireBedMutationVariables>;
export const OccupancyBedsDocument = new TypedDocumentString(`
    query OccupancyBeds($id: ID!) {
  residence(id: $id) {
    beds {
      id
      occupant {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OccupancyBedsQuery, OccupancyBedsQueryVariables>;
export const StayResidenceOccupancyDocument = new TypedDocumentString(`
    query StayResidenceOccupancy($id: ID!) {
  residence(id: $id) {
    capacity
    occupancy
    freeBeds
    beds {
      id
      occupant {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StayResidenceOccupancyQuery, StayResidenceOccupancyQueryVariables>;
export const StayResidenceCountsDocument = new TypedDocumentString(`
    query StayResidenceCounts($id: ID!) {
  residence(id: $id) {
    occupancy
    freeBeds
  }
}
    `) as unknown as TypedDocumentString<StayResidenceCountsQuery, StayResidenceCountsQueryVariables>;
export const StayResidenceBedsDocument = new TypedDocumentString(`
    query StayResidenceBeds($id: ID!) {
  residence(id: $id) {
    beds {
      id
      room
      label
    }
  }
}
    `) as unknown as TypedDocumentString<StayResidenceBedsQuery, StayResidenceBedsQueryVariables>;
export const StayCloseResidenceDocument = new TypedDocumentString(`
    mutation StayCloseResidence($id: ID!) {
  closeResidence(id: $id, closedOn: "2026-03-01") {
    id
  }
}
    `) as unknown as TypedDocumentString<StayCloseResidenceMutation, StayCloseResidenceMutationVariables>;
export const StayHistoryDocument = new TypedDocumentString(`
    query StayHistory($id: ID!) {
  resident(id: $id) {
    currentStay {
      id
      residence {
        name
      }
    }
    stays {
      id
      admittedOn
      dischargeReason
      residence {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StayHistoryQuery, StayHistoryQueryVariables>;
export const StaysOfResidentsDocument = new TypedDocumentString(`
    query StaysOfResidents {
  residents(first: 50) {
    totalCount
    edges {
      node {
        id
        keyWorker {
          displayName
        }
        currentStay {
          admittedOn
          bed {
            label
          }
          residence {
            name
            capacity
            occupancy
            freeBeds
          }
        }
        stays {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaysOfResidentsQuery, StaysOfResidentsQueryVariables>;
export const StaysResidenceNamesDocument = new TypedDocumentString(`
    query StaysResidenceNames {
  residents(first: 50) {
    edges {
      node {
        currentStay {
          residence {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaysResidenceNamesQuery, StaysResidenceNamesQueryVariables>;
export const FreshStartSignInDocument = new TypedDocumentString(`
    mutation FreshStartSignIn($input: LoginInput!) {
  login(input: $input) {
    accessToken
    user {
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<FreshStartSignInMutation, FreshStartSignInMutationVariables>;
export const FreshStartMeDocument = new TypedDocumentString(`
    query FreshStartMe {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<FreshStartMeQuery, FreshStartMeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: LoginInput!) {
  login(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const CreateResidenceDocument = new TypedDocumentString(`
    mutation CreateResidence($input: CreateResidenceInput!) {
  createResidence(input: $input) {
    id
    name
    capacity
    occupancy
    freeBeds
    closedOn
  }
}
    `) as unknown as TypedDocumentString<CreateResidenceMutation, CreateResidenceMutationVariables>;
export const CreateResidentDocument = new TypedDocumentString(`
    mutation CreateResident($input: CreateResidentInput!) {
  createResident(input: $input) {
    id
    firstName
    lastName
    status
    version
    intakeDate
  }
}
    `) as unknown as TypedDocumentString<CreateResidentMutation, CreateResidentMutationVariables>;
export const AdmitResidentDocument = new TypedDocumentString(`
    mutation AdmitResident($input: AdmitResidentInput!) {
  admitResident(input: $input) {
    id
    admittedOn
    dischargedOn
    bed {
      id
      room
      label
    }
    resident {
      id
      status
    }
    residence {
      id
      occupancy
    }
  }
}
    `) as unknown as TypedDocumentString<AdmitResidentMutation, AdmitResidentMutationVariables>;
export const DischargeResidentDocument = new TypedDocumentString(`
    mutation DischargeResident($input: DischargeResidentInput!) {
  dischargeResident(input: $input) {
    id
    admittedOn
    dischargedOn
    dischargeReason
    dischargeNote
    resident {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DischargeResidentMutation, DischargeResidentMutationVariables>;
export const FactoryCreateRelativeDocument = new TypedDocumentString(`
    mutation FactoryCreateRelative($input: CreateRelativeInput!) {
  createRelative(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateRelativeMutation, FactoryCreateRelativeMutationVariables>;
export const FactoryLogSessionDocument = new TypedDocumentString(`
    mutation FactoryLogSession($input: LogCounsellingSessionInput!) {
  logCounsellingSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryLogSessionMutation, FactoryLogSessionMutationVariables>;
export const FactoryLogRelativeSessionDocument = new TypedDocumentString(`
    mutation FactoryLogRelativeSession($input: LogRelativeSessionInput!) {
  logRelativeSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryLogRelativeSessionMutation, FactoryLogRelativeSessionMutationVariables>;
export const FactoryCreateGoalDocument = new TypedDocumentString(`
    mutation FactoryCreateGoal($input: CreateGoalInput!) {
  createGoal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateGoalMutation, FactoryCreateGoalMutationVariables>;
export const FactoryRecordAssessmentDocument = new TypedDocumentString(`
    mutation FactoryRecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryRecordAssessmentMutation, FactoryRecordAssessmentMutationVariables>;