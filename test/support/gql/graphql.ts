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

export type AddFundingInput = {
  amount: number;
  /** ISO 4217, e.g. NOK */
  currency: string;
  funder: string;
  note?: string | null | undefined;
  planId: string | number;
};

/** goalDomain, departmentId, sessionKind and audience only for metrics that take them (Metric filters); departmentId only in organisation plans */
export type AddIndicatorInput = {
  audience?: CounsellingAudience | null | undefined;
  baseline?: number | null | undefined;
  departmentId?: string | number | null | undefined;
  goalDomain?: GoalDomain | null | undefined;
  metric: Metric;
  name: string;
  objectiveId: string | number;
  /** Default: after the last one */
  position?: number | null | undefined;
  sessionKind?: SessionKind | null | undefined;
  /** Target for the whole plan period */
  target: number;
  /** Targets per calendar year of the plan (one per year) */
  yearTargets?: Array<IndicatorYearTargetInput> | null | undefined;
};

/** A one-off meeting (not generated from the schedule) */
export type AddMeetingInput = {
  /** After startsAt, at most 24 hours later */
  endsAt: string;
  note?: string | null | undefined;
  /** Null: the programme's place */
  place?: string | null | undefined;
  programmeId: string | number;
  startsAt: string;
};

/** doneOn is required with status DONE and refused with any other */
export type AddMilestoneInput = {
  doneOn?: string | null | undefined;
  dueOn: string;
  note?: string | null | undefined;
  planId: string | number;
  /** Default PLANNED */
  status?: MilestoneStatus | null | undefined;
  title: string;
};

export type AddObjectiveInput = {
  planId: string | number;
  /** Default: after the last one */
  position?: number | null | undefined;
  title: string;
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

export type AttendanceInput = {
  kind: ParticipantKind;
  /** The resident's, relative's or member's id */
  participantId: string | number;
  present: boolean;
};

/** Who contacted the helpline */
export type CallerKind =
  | 'BEREAVED'
  | 'OTHER'
  | 'PERSON_WITH_ADDICTION'
  | 'PROFESSIONAL'
  | 'RELATIVE';

export type CompleteMfaEnrolmentInput = {
  /** The first 6-digit code of the new authenticator */
  code: string;
  /** The mfaTicket from the challenge `login` answered with (reason MFA_ENROLMENT_REQUIRED) */
  ticket: string;
};

/** How a helpline contact took place */
export type ContactChannel =
  | 'CHAT'
  | 'EMAIL'
  | 'IN_PERSON'
  | 'PHONE'
  | 'VIDEO';

/** What came of a helpline contact */
export type ContactOutcome =
  | 'FOLLOW_UP_BOOKED'
  | 'INFORMATION_GIVEN'
  | 'OTHER'
  | 'REFERRED';

/** Corrects a session (by the session's counsellor or a manager, within 14 days of logging it); omitted fields keep their value */
export type CorrectCounsellingSessionInput = {
  domains?: Array<GoalDomain> | null | undefined;
  durationMinutes?: number | null | undefined;
  /** CONFLICT if the session changed since you read this version */
  expectedVersion?: number | null | undefined;
  id: string | number;
  kind?: SessionKind | null | undefined;
  /** Omitted: unchanged; an empty text clears the notes */
  notes?: string | null | undefined;
  /** Not in the future, not before the resident */
  occurredOn?: string | null | undefined;
  /** Why (required, at most 500 characters); kept in the session's history */
  reason: string;
};

/** Sessions with a resident (family sessions included), or with a relative alone */
export type CounsellingAudience =
  | 'RELATIVES'
  | 'RESIDENTS';

export type CreateDepartmentInput = {
  name: string;
  /** Town or address */
  place?: string | null | undefined;
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

export type CreateMemberInput = {
  departmentId?: string | number | null | undefined;
  email?: string | null | undefined;
  firstName: string;
  kind: MemberKind;
  lastName: string;
  phone?: string | null | undefined;
};

export type CreateProgrammeInput = {
  audience: ProgrammeAudience;
  /** Null: no department */
  departmentId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Null: open-ended */
  endsOn?: string | null | undefined;
  goalDomains?: Array<GoalDomain> | null | undefined;
  kind: ProgrammeKind;
  /** Volunteer leaders (member records); replaces the leaders when given */
  leaderMemberIds?: Array<string | number> | null | undefined;
  /** Staff leaders (active staff of the organisation); replaces the leaders when given */
  leaderUserIds?: Array<string | number> | null | undefined;
  /** Required for VIDEO programmes */
  meetingLink?: string | null | undefined;
  mode: MeetingMode;
  name: string;
  place?: string | null | undefined;
  /** Null: no recurring meetings */
  schedule?: ScheduleInput | null | undefined;
  /** The first day; a schedule counts its weeks from here */
  startsOn: string;
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

/** A coordinator gives consortiumId (a consortium they coordinate); a manager does not */
export type CreateStrategicPlanInput = {
  consortiumId?: string | number | null | undefined;
  description?: string | null | undefined;
  name: string;
  /** After periodStart, less than 120 months after it */
  periodEnd: string;
  periodStart: string;
};

/** Whose personal data a privacy operation concerns: a resident, a relative or a member */
export type DataSubjectKind =
  | 'MEMBER'
  | 'RELATIVE'
  | 'RESIDENT';

export type DecideErasureRequestInput = {
  /** The version the manager saw; CONFLICT when someone else changed the request */
  expectedVersion: number;
  id: string | number;
};

/** Whether a department works, is paused or is closed */
export type DepartmentStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'PAUSED';

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

export type EnrolmentStatus =
  | 'COMPLETED'
  | 'DID_NOT_COMPLETE'
  | 'ENROLLED';

/** Why an erasure request was refused (GDPR art. 17(3), 12(5), 12(6)) */
export type ErasureRefusalReason =
  | 'IDENTITY_NOT_CONFIRMED'
  | 'LEGAL_CLAIMS'
  | 'LEGAL_RETENTION'
  | 'MANIFESTLY_UNFOUNDED'
  | 'WITHDRAWN';

/** How an erasure request reached the organisation */
export type ErasureRequestChannel =
  | 'EMAIL'
  | 'IN_PERSON'
  | 'LETTER'
  | 'OTHER'
  | 'PHONE';

/** PENDING until a manager carries the request out or refuses it */
export type ErasureRequestStatus =
  | 'CARRIED_OUT'
  | 'PENDING'
  | 'REFUSED';

/** CSV (UTF-8 with BOM), XLSX (numbers as numbers) or PDF (A4, tables and charts) */
export type ExportFormat =
  | 'CSV'
  | 'JSON'
  | 'PDF'
  | 'XLSX';

/** What an export is of */
export type ExportKind =
  | 'CONSORTIUM_OVERVIEW'
  | 'PERSONAL_DATA'
  | 'PROGRESS_REPORT';

/** The language the file is written in */
export type ExportLanguage =
  | 'en'
  | 'nb'
  | 'sl';

export type ExportStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** Where a grief follow-up plan stands */
export type FollowUpStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'ENDED';

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

/** What was handed out */
export type HandoutKind =
  | 'CLOTHING'
  | 'FOOD_PARCEL'
  | 'OTHER'
  | 'TRANSPORT';

/** What a helpline contact was about */
export type HelplineTopic =
  | 'GRIEF_AFTER_OVERDOSE'
  | 'MENTAL_HEALTH'
  | 'OTHER'
  | 'PRACTICAL_LEGAL'
  | 'SUBSTANCE_USE';

/** Actual against expected by now (rule: docs/plans.md) */
export type IndicatorStatus =
  | 'AT_RISK'
  | 'BEHIND'
  | 'NOT_STARTED'
  | 'ON_TRACK';

export type IndicatorYearTargetInput = {
  target: number;
  year: number;
};

/** A staff member or a volunteer */
export type LeaderKind =
  | 'STAFF'
  | 'VOLUNTEER';

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

export type LogHelplineContactInput = {
  callerKind: CallerKind;
  channel: ContactChannel;
  departmentId?: string | number | null | undefined;
  /** Whole minutes, 0 to 600 */
  durationMinutes: number;
  notes?: string | null | undefined;
  /** When the contact began; default now; not in the future */
  occurredAt?: string | null | undefined;
  outcome: ContactOutcome;
  /** Required when the outcome is REFERRED */
  referredTo?: string | null | undefined;
  /** Links the contact to a relative record (case workers only); at most one of relativeId, residentId */
  relativeId?: string | number | null | undefined;
  /** Links the contact to a resident record (case workers only) */
  residentId?: string | number | null | undefined;
  /** What the contact was about; none by default */
  topics?: Array<HelplineTopic> | null | undefined;
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

/** In person at a place, or by video with a meeting link */
export type MeetingMode =
  | 'IN_PERSON'
  | 'VIDEO';

/** HELD = attendance was taken */
export type MeetingStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'SCHEDULED';

export type MemberKind =
  | 'MEMBER'
  | 'VOLUNTEER';

/** A figure defined once in tenant_metrics() (docs/figures.md) */
export type Metric =
  | 'ATTENDANCES'
  | 'BARC10_CHANGE'
  | 'COUNSELLING_HOURS'
  | 'CURRENT_RESIDENTS'
  | 'GOALS_ACHIEVED'
  | 'HELPLINE_CONTACTS'
  | 'MEETINGS_HELD'
  | 'OCCUPANCY_RATE'
  | 'PARCELS'
  | 'PEOPLE_COUNSELLED'
  | 'PEOPLE_HOUSED'
  | 'RELATIVES_SUPPORTED'
  | 'RESIDENCES_OPEN'
  | 'TRAININGS_HELD';

/** How a metric is counted and shown */
export type MetricUnit =
  | 'COUNT'
  | 'HOURS'
  | 'PEOPLE'
  | 'PERCENT'
  | 'POINTS';

export type MfaCodeInput = {
  /** The 6-digit code the authenticator app shows */
  code: string;
  /** The mfaTicket from the challenge `login` answered with (UNAUTHENTICATED, reason MFA_REQUIRED) */
  ticket: string;
};

export type MfaCodeOnlyInput = {
  /** A current 6-digit code of the authenticator */
  code: string;
};

export type MfaEnrolmentTicketInput = {
  /** The mfaTicket from the challenge `login` answered with (reason MFA_ENROLMENT_REQUIRED) */
  ticket: string;
};

/** Who in an organisation must sign in with a second factor (an authenticator app) */
export type MfaPolicy =
  /** Every staff member must */
  | 'EVERYONE'
  /** Nobody must (the demo organisations); anyone may still turn it on */
  | 'NOT_ENFORCED'
  /** Managers and consortium coordinators must; the default */
  | 'PRIVILEGED';

export type MilestoneStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'MISSED'
  | 'PLANNED';

/** Moves a meeting to another time (and place); not a cancelled one */
export type MoveMeetingInput = {
  /** After startsAt, at most 24 hours later */
  endsAt: string;
  id: string | number;
  /** Null or left out: keeps the place */
  place?: string | null | undefined;
  startsAt: string;
  /** The version read; CONFLICT (VERSION_MISMATCH) when the meeting changed since */
  version: number;
};

/** Whether a named participant is a resident, a relative or a member */
export type ParticipantKind =
  | 'MEMBER'
  | 'RELATIVE'
  | 'RESIDENT';

/** ORGANISATION: the organisation's managers; CONSORTIUM: the consortium's coordinators */
export type PlanLevel =
  | 'CONSORTIUM'
  | 'ORGANISATION';

/** Where one planned contact of a follow-up plan stands */
export type PlannedContactStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'MISSED'
  | 'PLANNED';

/** Who a programme is for */
export type ProgrammeAudience =
  | 'OPEN'
  | 'RELATIVES'
  | 'RESIDENTS'
  | 'STAFF'
  | 'VOLUNTEERS'
  | 'YOUNG_RELATIVES';

/** What kind of group work a programme is */
export type ProgrammeKind =
  | 'ACTIVITY'
  | 'CAFE'
  | 'COURSE'
  | 'DIGITAL_MEETING_PLACE'
  | 'SEMINAR'
  | 'SUPPORT_GROUP';

export type ProgrammeStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED';

export type RecordAssessmentInput = {
  /** e.g. BARC-10 (see assessmentInstruments) */
  instrumentCode: string;
  residentId: string | number;
  /** One score per item, in the instrument's item order */
  scores: Array<number>;
  /** Not in the future */
  takenOn: string;
};

/** Participants not in `entries` are left as they are; the last write per participant wins */
export type RecordAttendanceInput = {
  entries: Array<AttendanceInput>;
  /** Anonymous guests; replaces the meeting's count when given */
  guestCount?: number | null | undefined;
  meetingId: string | number;
};

export type RecordConsortiumConsentInput = {
  decidedOn: string;
  /** true: consent given; false: withdrawn (left out of consortium figures) */
  given: boolean;
  residentId: string | number;
};

/** A person's request to have their data erased; the person's name is not stored with it */
export type RecordErasureRequestInput = {
  channel: ErasureRequestChannel;
  /** The day the request arrived; not in the future */
  receivedOn: string;
  /** Optional, at most 500 characters (e.g. how identity was checked); erased when the request is carried out */
  staffNote?: string | null | undefined;
  /** The resident's, relative's or member's id */
  subjectId: string | number;
  subjectKind: DataSubjectKind;
};

/** Exactly one recipient: residentId, relativeId or anonymousRecipients */
export type RecordHandoutInput = {
  /** People who received it without a person record */
  anonymousRecipients?: number | null | undefined;
  departmentId?: string | number | null | undefined;
  /** Not in the future */
  handedOutOn: string;
  kind: HandoutKind;
  note?: string | null | undefined;
  /** 1 to 10000 */
  quantity: number;
  /** Case workers only */
  relativeId?: string | number | null | undefined;
  /** Case workers only */
  residentId?: string | number | null | undefined;
};

export type RecoveryCodeInput = {
  /** One of the recovery codes shown at enrolment (XXXX-XXXX-XXXX-XXXX); each works once */
  code: string;
  /** The mfaTicket from the challenge `login` answered with */
  ticket: string;
};

export type RefuseErasureRequestInput = {
  /** The version the manager saw; CONFLICT when someone else changed the request */
  expectedVersion: number;
  id: string | number;
  reason: ErasureRefusalReason;
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

export type ResetUserMfaInput = {
  userId: string | number;
};

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

/** Every `intervalWeeks` weeks on `weekday` (counted from the programme start), local time of the organisation */
export type ScheduleInput = {
  /** HH:MM, after startTime (same day) */
  endTime: string;
  /** 1 = weekly … 4 */
  intervalWeeks: number;
  /** HH:MM */
  startTime: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: number;
};

/** What a revision of a session did */
export type SessionChange =
  | 'CORRECTED'
  | 'WITHDRAWN';

/** How a counselling contact took place */
export type SessionKind =
  | 'FAMILY'
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'PHONE'
  | 'VIDEO';

export type SetRetentionPolicyInput = {
  /** The version read (0 while nothing is set); CONFLICT when someone else saved meanwhile */
  expectedVersion: number;
  /** The law that requires keeping the record, at most 300 characters */
  legalBasis?: string | null | undefined;
  /** Months after a person's last activity, 0 to 600 */
  months: number;
};

/** consortiumId for CONSORTIUM_OVERVIEW, planId for PROGRESS_REPORT, subjectKind and subjectId for PERSONAL_DATA */
export type StartExportInput = {
  consortiumId?: string | number | null | undefined;
  format: ExportFormat;
  /** First day of the period (included); required except for PERSONAL_DATA */
  from?: string | null | undefined;
  kind: ExportKind;
  language: ExportLanguage;
  planId?: string | number | null | undefined;
  /** PERSONAL_DATA: the resident, relative or member whose data is exported */
  subjectId?: string | number | null | undefined;
  /** PERSONAL_DATA: what kind of person subjectId is */
  subjectKind?: DataSubjectKind | null | undefined;
  /** Last day of the period (included); required except for PERSONAL_DATA */
  to?: string | null | undefined;
};

export type StartGriefFollowUpInput = {
  departmentId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** The planned contacts: days on or after startedOn */
  plannedOn: Array<string>;
  relativeId: string | number;
  /** The counsellor or manager responsible; default: me */
  responsibleId?: string | number | null | undefined;
  startedOn: string;
};

export type UnlinkRelativeInput = {
  relativeId: string | number;
  residentId: string | number;
};

export type UpdateDepartmentInput = {
  id: string | number;
  name?: string | null | undefined;
  /** Null clears it */
  place?: string | null | undefined;
  status?: DepartmentStatus | null | undefined;
  /** Why it is paused or closed */
  statusReason?: string | null | undefined;
  /** Paused or closed since */
  statusSince?: string | null | undefined;
  /** The version read; CONFLICT (VERSION_MISMATCH) when the department changed since */
  version: number;
};

export type UpdateEnrolmentInput = {
  completedOn?: string | null | undefined;
  /** Hours credited, 0 to 1000 (one decimal); null clears */
  hours?: number | null | undefined;
  id: string | number;
  status?: EnrolmentStatus | null | undefined;
  /** The version read; CONFLICT (VERSION_MISMATCH) when the enrolment changed since */
  version: number;
};

export type UpdateFundingInput = {
  amount?: number | null | undefined;
  currency?: string | null | undefined;
  funder?: string | null | undefined;
  fundingId: string | number;
  note?: string | null | undefined;
};

/** Changes only the fields given (null clears description or target date); same version rule as updateGoalProgress */
export type UpdateGoalInput = {
  description?: string | null | undefined;
  /** Moves the goal to another life domain */
  domain?: GoalDomain | null | undefined;
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

/** Only the fields given change; note set to null is cleared */
export type UpdateGriefFollowUpInput = {
  id: string | number;
  note?: string | null | undefined;
  status?: FollowUpStatus | null | undefined;
  /** The version you read; CONFLICT when someone saved in between */
  version: number;
};

/** Only the fields given change; departmentId and note set to null are cleared. The recipient stays (anonymousRecipients only for an anonymous handout) */
export type UpdateHandoutInput = {
  anonymousRecipients?: number | null | undefined;
  departmentId?: string | number | null | undefined;
  handedOutOn?: string | null | undefined;
  id: string | number;
  kind?: HandoutKind | null | undefined;
  note?: string | null | undefined;
  quantity?: number | null | undefined;
};

export type UpdateHelplineContactInput = {
  callerKind?: CallerKind | null | undefined;
  channel?: ContactChannel | null | undefined;
  departmentId?: string | number | null | undefined;
  durationMinutes?: number | null | undefined;
  id: string | number;
  notes?: string | null | undefined;
  occurredAt?: string | null | undefined;
  outcome?: ContactOutcome | null | undefined;
  /** Required while the outcome is REFERRED */
  referredTo?: string | null | undefined;
  /** Links the contact to a relative record (case workers only); at most one of relativeId, residentId */
  relativeId?: string | number | null | undefined;
  /** Links the contact to a resident record (case workers only) */
  residentId?: string | number | null | undefined;
  /** What the contact was about; none by default */
  topics?: Array<HelplineTopic> | null | undefined;
};

/** Changes only the fields given (null clears baseline, goalDomain, departmentId, sessionKind, audience; yearTargets replaces all); CONFLICT when expectedVersion is stale */
export type UpdateIndicatorInput = {
  audience?: CounsellingAudience | null | undefined;
  baseline?: number | null | undefined;
  departmentId?: string | number | null | undefined;
  expectedVersion: number;
  goalDomain?: GoalDomain | null | undefined;
  indicatorId: string | number;
  metric?: Metric | null | undefined;
  name?: string | null | undefined;
  position?: number | null | undefined;
  sessionKind?: SessionKind | null | undefined;
  target?: number | null | undefined;
  yearTargets?: Array<IndicatorYearTargetInput> | null | undefined;
};

/** Changes only the fields given; doneOn with status DONE only */
export type UpdateMilestoneInput = {
  doneOn?: string | null | undefined;
  dueOn?: string | null | undefined;
  milestoneId: string | number;
  note?: string | null | undefined;
  status?: MilestoneStatus | null | undefined;
  title?: string | null | undefined;
};

export type UpdateObjectiveInput = {
  objectiveId: string | number;
  position?: number | null | undefined;
  title?: string | null | undefined;
};

/** DONE takes doneOn (default today); any other status clears it */
export type UpdatePlannedContactInput = {
  /** The day it was done; not in the future */
  doneOn?: string | null | undefined;
  id: string | number;
  /** null clears it; left out keeps it */
  note?: string | null | undefined;
  status: PlannedContactStatus;
};

export type UpdateProgrammeInput = {
  audience?: ProgrammeAudience | null | undefined;
  /** Null: no department */
  departmentId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Null: open-ended */
  endsOn?: string | null | undefined;
  goalDomains?: Array<GoalDomain> | null | undefined;
  id: string | number;
  kind?: ProgrammeKind | null | undefined;
  /** Volunteer leaders (member records); replaces the leaders when given */
  leaderMemberIds?: Array<string | number> | null | undefined;
  /** Staff leaders (active staff of the organisation); replaces the leaders when given */
  leaderUserIds?: Array<string | number> | null | undefined;
  /** Required for VIDEO programmes */
  meetingLink?: string | null | undefined;
  mode?: MeetingMode | null | undefined;
  name?: string | null | undefined;
  place?: string | null | undefined;
  /** Null: no recurring meetings */
  schedule?: ScheduleInput | null | undefined;
  startsOn?: string | null | undefined;
  /** PAUSED or ENDED cancels the future generated meetings that have no attendance */
  status?: ProgrammeStatus | null | undefined;
  /** The version read; CONFLICT (VERSION_MISMATCH) when the programme changed since */
  version: number;
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

/** Changes only the fields given; CONFLICT when expectedVersion is stale */
export type UpdateStrategicPlanInput = {
  description?: string | null | undefined;
  expectedVersion: number;
  name?: string | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  planId: string | number;
};

/** Withdraws a session logged by mistake (by the session's counsellor or a manager, within 14 days of logging it): it stays in the case file, marked, and counts in no figure */
export type WithdrawCounsellingSessionInput = {
  id: string | number;
  /** Why (required, at most 500 characters); kept in the session's history */
  reason: string;
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

export type MfaLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type MfaLoginMutation = { login: { accessToken: string, user: { id: string, role: Role } } };

export type MfaVerifyMutationVariables = Exact<{
  input: MfaCodeInput;
}>;


export type MfaVerifyMutation = { verifyMfaCode: { accessToken: string, user: { id: string } } };

export type MfaRecoverMutationVariables = Exact<{
  input: RecoveryCodeInput;
}>;


export type MfaRecoverMutation = { verifyRecoveryCode: { accessToken: string, user: { id: string } } };

export type MfaStartRequiredMutationVariables = Exact<{
  input: MfaEnrolmentTicketInput;
}>;


export type MfaStartRequiredMutation = { startRequiredMfaEnrolment: { secret: string, otpauthUri: string, qrCodeDataUrl: string } };

export type MfaCompleteRequiredMutationVariables = Exact<{
  input: CompleteMfaEnrolmentInput;
}>;


export type MfaCompleteRequiredMutation = { completeRequiredMfaEnrolment: { recoveryCodes: Array<string>, session: { accessToken: string, user: { id: string } } } };

export type MfaStartMutationVariables = Exact<{ [key: string]: never; }>;


export type MfaStartMutation = { startMfaEnrolment: { secret: string, otpauthUri: string, qrCodeDataUrl: string } };

export type MfaConfirmMutationVariables = Exact<{
  input: MfaCodeOnlyInput;
}>;


export type MfaConfirmMutation = { confirmMfaEnrolment: { recoveryCodes: Array<string> } };

export type MfaDisableMutationVariables = Exact<{
  input: MfaCodeOnlyInput;
}>;


export type MfaDisableMutation = { disableMfa: boolean };

export type MfaResetMutationVariables = Exact<{
  input: ResetUserMfaInput;
}>;


export type MfaResetMutation = { resetUserMfa: boolean };

export type MfaStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type MfaStatusQuery = { mfaStatus: { enrolled: boolean, required: boolean, policy: MfaPolicy, recoveryCodesLeft: number } };

export type MfaSetPolicyMutationVariables = Exact<{
  policy: MfaPolicy;
}>;


export type MfaSetPolicyMutation = { setOrganisationMfaPolicy: MfaPolicy };

export type MfaRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type MfaRefreshMutation = { refreshSession: { accessToken: string, user: { id: string } } };

export type MfaMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MfaMeQuery = { me: { id: string } };

export type MfaRegenerateCodesMutationVariables = Exact<{
  input: MfaCodeOnlyInput;
}>;


export type MfaRegenerateCodesMutation = { regenerateMfaRecoveryCodes: { recoveryCodes: Array<string> } };

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

export type AuditLogCaseFileQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditLogCaseFileQuery = { resident: { id: string, counsellingSessions: Array<{ id: string, notes: string | null }> } | null };

export type AuditLogPageQueryVariables = Exact<{
  userId?: string | number | null | undefined;
  personId?: string | number | null | undefined;
  entityId?: string | null | undefined;
  action?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type AuditLogPageQuery = { auditLog: { totalCount: number, hasNextPage: boolean, entries: Array<{ id: string, occurredAt: string, action: string, entityType: string, entityId: string, residentId: string | null, sessionIds: Array<string>, userId: string, userDisplayName: string | null, requestId: string }> } };

export type AuditLogExportQueryVariables = Exact<{
  personId?: string | number | null | undefined;
  action?: string | null | undefined;
}>;


export type AuditLogExportQuery = { auditLogCsv: { filename: string, content: string, rowCount: number, truncated: boolean } };

export type AuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditTrailQuery = { residentAuditTrail: Array<{ occurredAt: string, action: string, entityType: string, entityId: string, userDisplayName: string | null, requestId: string }> };

export type AuditTrailReadResidentQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditTrailReadResidentQuery = { resident: { id: string } | null };

export type RecordConsortiumConsentMutationVariables = Exact<{
  input: RecordConsortiumConsentInput;
}>;


export type RecordConsortiumConsentMutation = { recordConsortiumConsent: { given: boolean, decidedOn: string | null, history: Array<{ given: boolean, decidedOn: string, recordedById: string }> } };

export type ResidentConsortiumConsentQueryVariables = Exact<{
  id: string | number;
}>;


export type ResidentConsortiumConsentQuery = { resident: { id: string, consortiumConsent: { given: boolean, decidedOn: string | null, history: Array<{ given: boolean, decidedOn: string }> } } | null };

export type ConsortiaQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsortiaQuery = { consortia: Array<{ id: string, name: string, members: Array<{ id: string, name: string }> }> };

export type ConsortiumOverviewQueryVariables = Exact<{
  consortiumId: string | number;
  from: string;
  to: string;
}>;


export type ConsortiumOverviewQuery = { consortiumOverview: { consortium: { id: string, name: string, members: Array<{ id: string, name: string }> }, partners: Array<{ residencesOpen: number, currentResidents: number | null, counsellingHours: number, peopleCounselled: number | null, trainingsHeld: number, goalsAchieved: number | null, organisation: { id: string, name: string } | null }>, totals: { residencesOpen: number, currentResidents: number | null, counsellingHours: number, peopleCounselled: number | null, trainingsHeld: number, goalsAchieved: number | null, organisation: { id: string } | null } } };

export type ConsortiumOwnCounsellingQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConsortiumOwnCounsellingQuery = { counsellingTotals: { totalMinutes: number, residents: number } | null };

export type ConsortiumSeriesQueryVariables = Exact<{
  consortiumId: string | number;
  from: string;
  to: string;
}>;


export type ConsortiumSeriesQuery = { consortiumOverview: { totals: { counsellingHours: number, peopleCounselled: number | null }, series: Array<{ metric: Metric, months: Array<{ month: string, total: number | null }> }> } };

export type DemoConsortiaQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoConsortiaQuery = { consortia: Array<{ id: string, name: string, members: Array<{ name: string }> }> };

export type DemoConsortiumOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type DemoConsortiumOverviewQuery = { consortiumOverview: { partners: Array<{ residencesOpen: number, currentResidents: number | null, organisation: { name: string } | null }>, totals: { residencesOpen: number, currentResidents: number | null } } };

export type RegistryFiguresQueryVariables = Exact<{
  from: string;
  to: string;
  goalDomain?: GoalDomain | null | undefined;
  sessionKind?: SessionKind | null | undefined;
  audience?: CounsellingAudience | null | undefined;
}>;


export type RegistryFiguresQuery = { metricFigures: Array<{ metric: Metric, unit: MetricUnit, kind: string, filters: Array<string>, value: number | null }>, occupancyOverTime: Array<{ date: string, rate: number }> };

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

export type CorrectSessionMutationVariables = Exact<{
  input: CorrectCounsellingSessionInput;
}>;


export type CorrectSessionMutation = { correctCounsellingSession: { id: string, version: number, occurredOn: string, durationMinutes: number, kind: SessionKind, domains: Array<GoalDomain>, notes: string | null, withdrawn: boolean, changeable: boolean } };

export type WithdrawSessionMutationVariables = Exact<{
  input: WithdrawCounsellingSessionInput;
}>;


export type WithdrawSessionMutation = { withdrawCounsellingSession: { id: string, version: number, withdrawn: boolean, changeable: boolean, withdrawal: { at: string, reason: string, by: { id: string } | null } | null } };

export type SessionHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionHistoryQuery = { counsellingSession: { id: string, withdrawn: boolean, changeable: boolean, revisions: Array<{ change: SessionChange, reason: string, changedAt: string, occurredOn: string, durationMinutes: number, kind: SessionKind, domains: Array<GoalDomain>, notes: string | null, changedBy: { id: string } | null }> | null, resident: { counsellingMinutes: number, counsellingSessions: Array<{ id: string, withdrawn: boolean, withdrawal: { reason: string } | null }> } | null } | null };

export type CorrectionTotalsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CorrectionTotalsQuery = { counsellingTotals: { totalMinutes: number, sessions: number, residents: number } | null };

export type CorrectionMetricsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CorrectionMetricsQuery = { metricFigures: Array<{ metric: Metric, value: number | null }> };

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

export type RulesLogSessionMutationVariables = Exact<{
  input: LogCounsellingSessionInput;
}>;


export type RulesLogSessionMutation = { logCounsellingSession: { id: string, occurredOn: string, domains: Array<GoalDomain>, notes: string | null } };

export type RulesLogRelativeSessionMutationVariables = Exact<{
  input: LogRelativeSessionInput;
}>;


export type RulesLogRelativeSessionMutation = { logRelativeSession: { id: string } };

export type DemoProgrammeFiguresQueryVariables = Exact<{
  from: string;
  to: string;
  departmentId?: string | number | null | undefined;
}>;


export type DemoProgrammeFiguresQuery = { programmeFigures: { meetingsHeld: number, namedAttendances: number, guests: number, trainingsHeld: number, trainingHours: number } };

export type DemoDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoDepartmentsQuery = { departments: Array<{ id: string, name: string, status: DepartmentStatus, statusSince: string | null, statusReason: string | null }> };

export type DemoHelplineFiguresQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DemoHelplineFiguresQuery = { helplineFigures: { contacts: number, anonymousContacts: number, bereavedFollowedUp: number } };

export type DemoLeaderHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoLeaderHomeQuery = { programmes: Array<{ id: string, name: string }>, myNextMeetings: Array<{ id: string, startsAt: string, programme: { name: string }, expected: Array<{ id: string, displayName: string }> }> };

export type DemoScheduledProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoScheduledProgrammesQuery = { programmes: Array<{ id: string, name: string, schedule: { intervalWeeks: number } | null }> };

export type DemoGenerateMeetingsMutationVariables = Exact<{
  programmeId: string | number;
}>;


export type DemoGenerateMeetingsMutation = { generateMeetings: Array<{ id: string, startsAt: string }> };

export type DemoFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoFiguresQuery = { residences: Array<{ id: string, occupancy: number, capacity: number, closedOn: string | null }>, current: { totalCount: number }, everyone: { totalCount: number }, individual: { totalHours: number, residents: number, sessions: number } | null, all: { totalHours: number, sessions: number } | null };

export type DeptSetStaffMutationVariables = Exact<{
  userId: string | number;
  departmentId?: string | number | null | undefined;
}>;


export type DeptSetStaffMutation = { setStaffDepartment: { id: string, department: { id: string, name: string } | null } };

export type DeptSetResidenceMutationVariables = Exact<{
  residenceId: string | number;
  departmentId?: string | number | null | undefined;
}>;


export type DeptSetResidenceMutation = { setResidenceDepartment: { id: string, department: { id: string, name: string } | null } };

export type DeptMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DeptMeQuery = { me: { id: string, department: { id: string, name: string, status: DepartmentStatus } | null } };

export type DeptResidencesQueryVariables = Exact<{
  departmentId?: string | number | null | undefined;
  all?: boolean | null | undefined;
}>;


export type DeptResidencesQuery = { residences: Array<{ id: string, name: string, department: { id: string, name: string } | null }> };

export type DeptCloseMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type DeptCloseMutation = { updateDepartment: { id: string, status: DepartmentStatus } };

export type DeptListQueryVariables = Exact<{
  all?: boolean | null | undefined;
}>;


export type DeptListQuery = { departments: Array<{ id: string, name: string, place: string | null, status: DepartmentStatus, statusSince: string | null, statusReason: string | null, version: number }> };

export type DeptCreateMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type DeptCreateMutation = { createDepartment: { id: string, name: string, place: string | null, status: DepartmentStatus, statusSince: string | null, statusReason: string | null, version: number } };

export type DeptUpdateMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type DeptUpdateMutation = { updateDepartment: { id: string, name: string, place: string | null, status: DepartmentStatus, statusSince: string | null, statusReason: string | null, version: number } };

export type StaffListQueryVariables = Exact<{
  roles?: Array<Role> | Role | null | undefined;
  departmentId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type StaffListQuery = { staff: Array<{ id: string, displayName: string, role: Role }> };

export type StaffListSetDepartmentMutationVariables = Exact<{
  userId: string | number;
  departmentId?: string | number | null | undefined;
}>;


export type StaffListSetDepartmentMutation = { setStaffDepartment: { id: string } };

export type ExportedConsortiumOverviewQueryVariables = Exact<{
  consortiumId: string | number;
  from: string;
  to: string;
}>;


export type ExportedConsortiumOverviewQuery = { consortiumOverview: { consortium: { id: string, name: string }, partners: Array<{ residencesOpen: number, currentResidents: number | null, counsellingHours: number, peopleCounselled: number | null, trainingsHeld: number, goalsAchieved: number | null, organisation: { id: string, name: string } | null }>, totals: { residencesOpen: number, currentResidents: number | null, counsellingHours: number, peopleCounselled: number | null, trainingsHeld: number, goalsAchieved: number | null } } };

export type StartExportInTestMutationVariables = Exact<{
  input: StartExportInput;
}>;


export type StartExportInTestMutation = { startExport: { id: string, kind: ExportKind, format: ExportFormat, status: ExportStatus, progress: number, fileName: string, error: string | null, createdAt: string } };

export type ExportJobInTestQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportJobInTestQuery = { exportJob: { id: string, kind: ExportKind, format: ExportFormat, status: ExportStatus, progress: number, fileName: string, error: string | null } | null };

export type ExportPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportPlansQuery = { strategicPlans: Array<{ id: string, name: string, periodStart: string, periodEnd: string }> };

export type ExportedProgressReportQueryVariables = Exact<{
  planId: string | number;
  from: string;
  to: string;
}>;


export type ExportedProgressReportQuery = { progressReport: { rows: Array<{ actual: number, target: number, hasActual: boolean, percentOfTarget: number | null, status: IndicatorStatus | null, indicator: { id: string, name: string } }>, milestonesDue: Array<{ title: string, dueOn: string }> } };

export type StartReportExportMutationVariables = Exact<{
  input: StartExportInput;
}>;


export type StartReportExportMutation = { startExport: { id: string, status: ExportStatus } };

export type ReportExportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportExportJobQuery = { exportJob: { id: string, status: ExportStatus, error: string | null, fileName: string } | null };

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

export type GriefStartMutationVariables = Exact<{
  input: StartGriefFollowUpInput;
}>;


export type GriefStartMutation = { startGriefFollowUp: { id: string, startedOn: string, status: FollowUpStatus, note: string | null, version: number, relative: { id: string }, responsible: { id: string }, department: { id: string } | null, contacts: Array<{ id: string, plannedOn: string, status: PlannedContactStatus, doneOn: string | null, note: string | null }> } };

export type GriefUpdatePlanMutationVariables = Exact<{
  input: UpdateGriefFollowUpInput;
}>;


export type GriefUpdatePlanMutation = { updateGriefFollowUp: { id: string, status: FollowUpStatus, note: string | null, version: number } };

export type GriefAddContactMutationVariables = Exact<{
  followUpId: string | number;
  plannedOn: string;
}>;


export type GriefAddContactMutation = { addPlannedContact: { id: string, plannedOn: string, status: PlannedContactStatus, doneOn: string | null } };

export type GriefUpdateContactMutationVariables = Exact<{
  input: UpdatePlannedContactInput;
}>;


export type GriefUpdateContactMutation = { updatePlannedContact: { id: string, plannedOn: string, status: PlannedContactStatus, doneOn: string | null, note: string | null } };

export type GriefPlansQueryVariables = Exact<{
  status?: FollowUpStatus | null | undefined;
  departmentId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type GriefPlansQuery = { griefFollowUps: Array<{ id: string, startedOn: string, status: FollowUpStatus, relative: { id: string }, contacts: Array<{ plannedOn: string }> }> };

export type GriefOfRelativeQueryVariables = Exact<{
  id: string | number;
}>;


export type GriefOfRelativeQuery = { relative: { id: string, griefFollowUps: Array<{ id: string, startedOn: string, contacts: Array<{ plannedOn: string, status: PlannedContactStatus }> }> } | null };

export type GriefPlanIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type GriefPlanIdsQuery = { griefFollowUps: Array<{ id: string }> };

export type AccessHelplineContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessHelplineContactsQuery = { helplineContacts: Array<{ id: string, department: { id: string } | null, recordedBy: { id: string } }> };

export type AccessHelplineContactPersonsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessHelplineContactPersonsQuery = { helplineContacts: Array<{ id: string, relative: { id: string } | null, resident: { id: string } | null }> };

export type AccessLogHelplineContactMutationVariables = Exact<{
  input: LogHelplineContactInput;
}>;


export type AccessLogHelplineContactMutation = { logHelplineContact: { id: string } };

export type AccessUpdateHelplineContactMutationVariables = Exact<{
  input: UpdateHelplineContactInput;
}>;


export type AccessUpdateHelplineContactMutation = { updateHelplineContact: { id: string } };

export type AccessGriefFollowUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessGriefFollowUpsQuery = { griefFollowUps: Array<{ id: string, relative: { id: string }, responsible: { id: string }, department: { id: string } | null, contacts: Array<{ id: string }> }> };

export type AccessRelativeGriefFollowUpsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessRelativeGriefFollowUpsQuery = { relative: { griefFollowUps: Array<{ id: string }> } | null };

export type AccessStartGriefFollowUpMutationVariables = Exact<{
  input: StartGriefFollowUpInput;
}>;


export type AccessStartGriefFollowUpMutation = { startGriefFollowUp: { id: string } };

export type AccessUpdateGriefFollowUpMutationVariables = Exact<{
  input: UpdateGriefFollowUpInput;
}>;


export type AccessUpdateGriefFollowUpMutation = { updateGriefFollowUp: { id: string } };

export type AccessAddPlannedContactMutationVariables = Exact<{
  followUpId: string | number;
  plannedOn: string;
}>;


export type AccessAddPlannedContactMutation = { addPlannedContact: { id: string } };

export type AccessUpdatePlannedContactMutationVariables = Exact<{
  input: UpdatePlannedContactInput;
}>;


export type AccessUpdatePlannedContactMutation = { updatePlannedContact: { id: string } };

export type AccessHelplineFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessHelplineFiguresQuery = { helplineFigures: { contacts: number, counts: Array<{ month: string }> } };

export type HelplineLogContactMutationVariables = Exact<{
  input: LogHelplineContactInput;
}>;


export type HelplineLogContactMutation = { logHelplineContact: { id: string, occurredAt: string, durationMinutes: number, channel: ContactChannel, callerKind: CallerKind, topics: Array<HelplineTopic>, outcome: ContactOutcome, referredTo: string | null, notes: string | null, anonymous: boolean, createdAt: string, department: { id: string } | null, recordedBy: { id: string } } };

export type HelplineLogLinkedContactMutationVariables = Exact<{
  input: LogHelplineContactInput;
}>;


export type HelplineLogLinkedContactMutation = { logHelplineContact: { id: string, anonymous: boolean, relative: { id: string } | null, resident: { id: string } | null } };

export type HelplineUpdateContactMutationVariables = Exact<{
  input: UpdateHelplineContactInput;
}>;


export type HelplineUpdateContactMutation = { updateHelplineContact: { id: string, durationMinutes: number, outcome: ContactOutcome, referredTo: string | null, notes: string | null, topics: Array<HelplineTopic>, anonymous: boolean, department: { id: string } | null } };

export type HelplineUpdateLinkedContactMutationVariables = Exact<{
  input: UpdateHelplineContactInput;
}>;


export type HelplineUpdateLinkedContactMutation = { updateHelplineContact: { id: string, anonymous: boolean, relative: { id: string } | null, resident: { id: string } | null } };

export type HelplineContactListQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  departmentId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type HelplineContactListQuery = { helplineContacts: Array<{ id: string, occurredAt: string, anonymous: boolean, recordedBy: { id: string }, department: { id: string } | null }> };

export type HelplineContactPersonsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type HelplineContactPersonsQuery = { helplineContacts: Array<{ id: string, relative: { id: string } | null, resident: { id: string } | null }> };

export type HelplineFiguresOfPeriodQueryVariables = Exact<{
  from: string;
  to: string;
  departmentId?: string | number | null | undefined;
}>;


export type HelplineFiguresOfPeriodQuery = { helplineFigures: { contacts: number, contactMinutes: number, anonymousContacts: number, bereavedFollowedUp: number, counts: Array<{ month: string, channel: ContactChannel, topic: HelplineTopic | null, contacts: number }> } };

export type HelplineFiguresContactDoneMutationVariables = Exact<{
  input: UpdatePlannedContactInput;
}>;


export type HelplineFiguresContactDoneMutation = { updatePlannedContact: { id: string } };

export type MatrixBedsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixBedsQuery = { residence: { beds: Array<{ id: string }> } | null };

export type MatrixListsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixListsQuery = { residences: Array<{ id: string }>, residents: { totalCount: number, edges: Array<{ node: { id: string } }> }, relatives: Array<{ id: string }> };

export type HandoutRecordMutationVariables = Exact<{
  input: RecordHandoutInput;
}>;


export type HandoutRecordMutation = { recordHandout: { id: string, handedOutOn: string, kind: HandoutKind, quantity: number, anonymousRecipients: number | null, note: string | null, createdAt: string, department: { id: string } | null, recordedBy: { id: string } } };

export type HandoutRecordNamedMutationVariables = Exact<{
  input: RecordHandoutInput;
}>;


export type HandoutRecordNamedMutation = { recordHandout: { id: string, anonymousRecipients: number | null, resident: { id: string } | null, relative: { id: string } | null } };

export type HandoutUpdateMutationVariables = Exact<{
  input: UpdateHandoutInput;
}>;


export type HandoutUpdateMutation = { updateHandout: { id: string, handedOutOn: string, kind: HandoutKind, quantity: number, anonymousRecipients: number | null, note: string | null, department: { id: string } | null } };

export type HandoutListQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  kind?: HandoutKind | null | undefined;
  departmentId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type HandoutListQuery = { handouts: Array<{ id: string, handedOutOn: string, kind: HandoutKind, quantity: number, anonymousRecipients: number | null, note: string | null, recordedBy: { id: string }, department: { id: string } | null }> };

export type HandoutRecipientsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type HandoutRecipientsQuery = { handouts: Array<{ id: string, resident: { id: string } | null, relative: { id: string } | null }> };

export type HandoutAccessFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoutAccessFiguresQuery = { materialSupportFigures: { parcels: number } };

export type MaterialSupportFiguresOfPeriodQueryVariables = Exact<{
  from: string;
  to: string;
  departmentId?: string | number | null | undefined;
}>;


export type MaterialSupportFiguresOfPeriodQuery = { materialSupportFigures: { parcels: number, handouts: number, byKind: Array<{ kind: HandoutKind, handouts: number, quantity: number, namedRecipients: number, anonymousRecipients: number }> } };

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

export type DemoStrategicPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoStrategicPlansQuery = { strategicPlans: Array<{ id: string, name: string, level: PlanLevel, periodStart: string, periodEnd: string, consortium: { id: string, name: string } | null, funding: Array<{ funder: string, amount: number, currency: string }>, milestones: Array<{ title: string, dueOn: string, status: MilestoneStatus, doneOn: string | null }>, publishedReports: Array<{ id: string, from: string, to: string, publishedBy: string }> }> };

export type DemoPlanConsortiumTotalsQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type DemoPlanConsortiumTotalsQuery = { consortiumOverview: { totals: { currentResidents: number | null } } };

export type DemoProgressReportQueryVariables = Exact<{
  planId: string | number;
  from: string;
  to: string;
}>;


export type DemoProgressReportQuery = { progressReport: { rows: Array<{ actual: number, target: number, hasActual: boolean, status: IndicatorStatus | null, publishedActual: number | null, changedSincePublished: boolean, indicator: { name: string, metric: Metric, sessionKind: SessionKind | null, audience: CounsellingAudience | null } }> } };

export type PlanDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanDetailQuery = { strategicPlan: { id: string, name: string, description: string | null, periodStart: string, periodEnd: string, level: PlanLevel, version: number, consortium: { id: string, name: string } | null, objectives: Array<{ id: string, title: string, position: number, indicators: Array<{ id: string, name: string, metric: Metric, target: number, baseline: number | null, goalDomain: GoalDomain | null, sessionKind: SessionKind | null, audience: CounsellingAudience | null, unit: string, version: number, department: { id: string } | null, yearTargets: Array<{ year: number, target: number }> }> }>, milestones: Array<{ id: string, title: string, dueOn: string, status: MilestoneStatus, doneOn: string | null, note: string | null }>, funding: Array<{ id: string, funder: string, amount: number, currency: string, note: string | null }>, publishedReports: Array<{ id: string, from: string, to: string, publishedBy: string }> } };

export type PlanListQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanListQuery = { strategicPlans: Array<{ id: string, name: string, level: PlanLevel }> };

export type PlanCreateMutationVariables = Exact<{
  input: CreateStrategicPlanInput;
}>;


export type PlanCreateMutation = { createStrategicPlan: { id: string, level: PlanLevel, version: number, consortium: { id: string } | null } };

export type PlanUpdateMutationVariables = Exact<{
  input: UpdateStrategicPlanInput;
}>;


export type PlanUpdateMutation = { updateStrategicPlan: { id: string, name: string, version: number, periodEnd: string } };

export type PlanAddObjectiveMutationVariables = Exact<{
  input: AddObjectiveInput;
}>;


export type PlanAddObjectiveMutation = { addObjective: { id: string, title: string, position: number } };

export type PlanUpdateObjectiveMutationVariables = Exact<{
  input: UpdateObjectiveInput;
}>;


export type PlanUpdateObjectiveMutation = { updateObjective: { id: string, title: string, position: number } };

export type PlanRemoveObjectiveMutationVariables = Exact<{
  id: string | number;
}>;


export type PlanRemoveObjectiveMutation = { removeObjective: { id: string, objectives: Array<{ id: string }> } };

export type PlanAddIndicatorMutationVariables = Exact<{
  input: AddIndicatorInput;
}>;


export type PlanAddIndicatorMutation = { addIndicator: { id: string, version: number, target: number, yearTargets: Array<{ year: number, target: number }> } };

export type PlanUpdateIndicatorMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;


export type PlanUpdateIndicatorMutation = { updateIndicator: { id: string, version: number, target: number, baseline: number | null, yearTargets: Array<{ year: number, target: number }> } };

export type PlanRemoveIndicatorMutationVariables = Exact<{
  id: string | number;
}>;


export type PlanRemoveIndicatorMutation = { removeIndicator: { id: string } };

export type PlanAddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type PlanAddMilestoneMutation = { addMilestone: { id: string, status: MilestoneStatus, doneOn: string | null } };

export type PlanUpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type PlanUpdateMilestoneMutation = { updateMilestone: { id: string, status: MilestoneStatus, doneOn: string | null } };

export type PlanRemoveMilestoneMutationVariables = Exact<{
  id: string | number;
}>;


export type PlanRemoveMilestoneMutation = { removeMilestone: { id: string, milestones: Array<{ id: string }> } };

export type PlanAddFundingMutationVariables = Exact<{
  input: AddFundingInput;
}>;


export type PlanAddFundingMutation = { addFunding: { id: string, funder: string, amount: number, currency: string } };

export type PlanUpdateFundingMutationVariables = Exact<{
  input: UpdateFundingInput;
}>;


export type PlanUpdateFundingMutation = { updateFunding: { id: string, amount: number, currency: string } };

export type PlanRemoveFundingMutationVariables = Exact<{
  id: string | number;
}>;


export type PlanRemoveFundingMutation = { removeFunding: { id: string, funding: Array<{ id: string }> } };

export type PlanSetCommentMutationVariables = Exact<{
  indicatorId: string | number;
  from: string;
  to: string;
  comment: string;
}>;


export type PlanSetCommentMutation = { setIndicatorComment: { from: string, to: string, comment: string, updatedBy: string } | null };

export type PlanPublishMutationVariables = Exact<{
  planId: string | number;
  from: string;
  to: string;
}>;


export type PlanPublishMutation = { publishProgressReport: { id: string, from: string, to: string, publishedBy: string } };

export type PlanReportQueryVariables = Exact<{
  planId: string | number;
  from: string;
  to: string;
}>;


export type PlanReportQuery = { progressReport: { from: string, to: string, plan: { id: string, name: string }, rows: Array<{ actual: number, target: number, hasActual: boolean, percentOfTarget: number | null, expectedByNow: number, status: IndicatorStatus | null, publishedActual: number | null, liveActual: number | null, changedSincePublished: boolean, indicator: { id: string, name: string, metric: Metric }, trend: Array<{ month: string, value: number | null }>, comment: { comment: string, updatedBy: string } | null }>, milestonesDue: Array<{ id: string, title: string, dueOn: string, status: MilestoneStatus }>, published: { id: string, from: string, to: string } | null } };

export type PlanPublishedReportQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanPublishedReportQuery = { publishedReport: { from: string, to: string, plan: { id: string, name: string }, rows: Array<{ actual: number, target: number, hasActual: boolean, percentOfTarget: number | null, expectedByNow: number, status: IndicatorStatus | null, publishedActual: number | null, liveActual: number | null, changedSincePublished: boolean, indicator: { id: string, name: string, metric: Metric }, trend: Array<{ month: string, value: number | null }>, comment: { comment: string, updatedBy: string } | null }>, milestonesDue: Array<{ id: string, title: string, dueOn: string, status: MilestoneStatus }>, published: { id: string, from: string, to: string } | null } };

export type PlanConsortiumTotalsQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type PlanConsortiumTotalsQuery = { consortiumOverview: { totals: { counsellingHours: number } } };

export type AddMeetingMutationVariables = Exact<{
  input: AddMeetingInput;
}>;


export type AddMeetingMutation = { addMeeting: { id: string, startsAt: string, endsAt: string, status: MeetingStatus, place: string | null, note: string | null, oneOff: boolean, guestCount: number, attendanceTakenAt: string | null, cancelReason: string | null, version: number, programme: { id: string } } };

export type MoveMeetingMutationVariables = Exact<{
  input: MoveMeetingInput;
}>;


export type MoveMeetingMutation = { moveMeeting: { id: string, startsAt: string, endsAt: string, place: string | null, version: number } };

export type CancelMeetingMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type CancelMeetingMutation = { cancelMeeting: { id: string, status: MeetingStatus, cancelReason: string | null, version: number } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string, status: MeetingStatus, guestCount: number, attendanceTakenAt: string | null, attendance: Array<{ present: boolean, participant: { id: string, kind: ParticipantKind, displayName: string } }> } };

export type MeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingQuery = { meeting: { id: string, status: MeetingStatus, guestCount: number, attendance: Array<{ present: boolean, participant: { id: string, kind: ParticipantKind, displayName: string } }>, expected: Array<{ id: string, kind: ParticipantKind, displayName: string }> } | null };

export type ProgrammeMeetingsQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  hFrom: string;
  hTo: string;
}>;


export type ProgrammeMeetingsQuery = { programme: { meetings: Array<{ id: string, startsAt: string }>, attendanceHistory: Array<{ meetingId: string, startsAt: string, named: number, guests: number }> } | null };

export type MyNextMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNextMeetingsQuery = { myNextMeetings: Array<{ id: string, programme: { id: string } }> };

export type ParticipantSearchQueryVariables = Exact<{
  programmeId: string | number;
  search: string;
  first?: number | null | undefined;
}>;


export type ParticipantSearchQuery = { participantSearch: Array<{ id: string, kind: ParticipantKind, displayName: string }> };

export type EnrolMutationVariables = Exact<{
  programmeId: string | number;
  participantId: string | number;
  kind: ParticipantKind;
  enrolledOn?: string | null | undefined;
}>;


export type EnrolMutation = { enrol: { id: string, enrolledOn: string, status: EnrolmentStatus, completedOn: string | null, hours: number | null, version: number, participant: { id: string, kind: ParticipantKind, displayName: string } } };

export type UpdateEnrolmentMutationVariables = Exact<{
  input: UpdateEnrolmentInput;
}>;


export type UpdateEnrolmentMutation = { updateEnrolment: { id: string, status: EnrolmentStatus, completedOn: string | null, hours: number | null, version: number, participant: { displayName: string } } };

export type ProgrammeEnrolmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeEnrolmentsQuery = { programme: { enrolments: Array<{ status: EnrolmentStatus, hours: number | null, participant: { id: string, kind: ParticipantKind, displayName: string } }> } | null };

export type ExpectedParticipantsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExpectedParticipantsQuery = { meeting: { expected: Array<{ id: string, kind: ParticipantKind, displayName: string }> } | null };

export type MembersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type MembersQuery = { members: Array<{ id: string, firstName: string, lastName: string, kind: MemberKind, phone: string | null, email: string | null, department: { id: string } | null }> };

export type ResidentAttendanceQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ResidentAttendanceQuery = { resident: { attendance: Array<{ meetingId: string, programmeId: string, programmeName: string, programmeKind: ProgrammeKind, startsAt: string, present: boolean }> } | null };

export type RelativeAttendanceQueryVariables = Exact<{
  id: string | number;
}>;


export type RelativeAttendanceQuery = { relative: { attendance: Array<{ meetingId: string, present: boolean }> } | null };

export type AccessProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessProgrammesQuery = { programmes: Array<{ id: string }> };

export type AccessProgrammeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessProgrammeQuery = { programme: { id: string } | null };

export type AccessMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessMeetingQuery = { meeting: { id: string } | null };

export type AccessMyNextQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessMyNextQuery = { myNextMeetings: Array<{ id: string }> };

export type AccessMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessMembersQuery = { members: Array<{ id: string }> };

export type AccessSearchQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type AccessSearchQuery = { participantSearch: Array<{ id: string }> };

export type AccessFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessFiguresQuery = { programmeFigures: { meetingsHeld: number } };

export type AccessResidentAttendanceQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessResidentAttendanceQuery = { resident: { attendance: Array<{ meetingId: string }> } | null };

export type AccessCreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type AccessCreateProgrammeMutation = { createProgramme: { id: string } };

export type AccessUpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;


export type AccessUpdateProgrammeMutation = { updateProgramme: { id: string } };

export type AccessLeadersMutationVariables = Exact<{
  programmeId: string | number;
  userIds: Array<string | number> | string | number;
  memberIds: Array<string | number> | string | number;
}>;


export type AccessLeadersMutation = { setProgrammeLeaders: { id: string } };

export type AccessGenerateMutationVariables = Exact<{
  programmeId: string | number;
}>;


export type AccessGenerateMutation = { generateMeetings: Array<{ id: string }> };

export type AccessAddMeetingMutationVariables = Exact<{
  input: AddMeetingInput;
}>;


export type AccessAddMeetingMutation = { addMeeting: { id: string } };

export type AccessMoveMeetingMutationVariables = Exact<{
  input: MoveMeetingInput;
}>;


export type AccessMoveMeetingMutation = { moveMeeting: { id: string } };

export type AccessCancelMeetingMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AccessCancelMeetingMutation = { cancelMeeting: { id: string } };

export type AccessRecordMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type AccessRecordMutation = { recordAttendance: { id: string } };

export type AccessCreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type AccessCreateMemberMutation = { createMember: { id: string } };

export type AccessEnrolMutationVariables = Exact<{
  programmeId: string | number;
  participantId: string | number;
}>;


export type AccessEnrolMutation = { enrol: { id: string } };

export type AccessUpdateEnrolmentMutationVariables = Exact<{
  input: UpdateEnrolmentInput;
}>;


export type AccessUpdateEnrolmentMutation = { updateEnrolment: { id: string } };

export type ProgrammeFiguresQueryVariables = Exact<{
  from: string;
  to: string;
  departmentId?: string | number | null | undefined;
}>;


export type ProgrammeFiguresQuery = { programmeFigures: { programmesActive: number, meetingsHeld: number, attendances: number, namedAttendances: number, namedParticipants: number, guests: number, trainingsHeld: number, trainingHours: number } };

export type GenerateMeetingsMutationVariables = Exact<{
  programmeId: string | number;
}>;


export type GenerateMeetingsMutation = { generateMeetings: Array<{ id: string, startsAt: string, endsAt: string, oneOff: boolean, status: MeetingStatus }> };

export type ScheduleUpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;


export type ScheduleUpdateProgrammeMutation = { updateProgramme: { id: string, version: number, status: ProgrammeStatus, schedule: { intervalWeeks: number, weekday: number, startTime: string, endTime: string } | null } };

export type ScheduleMoveMeetingMutationVariables = Exact<{
  input: MoveMeetingInput;
}>;


export type ScheduleMoveMeetingMutation = { moveMeeting: { id: string, startsAt: string, version: number } };

export type ScheduleCancelMeetingMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type ScheduleCancelMeetingMutation = { cancelMeeting: { id: string, status: MeetingStatus, cancelReason: string | null } };

export type ScheduleNextMeetingsQueryVariables = Exact<{
  id: string | number;
}>;


export type ScheduleNextMeetingsQuery = { programme: { schedule: { weekday: number, startTime: string, endTime: string } | null, nextMeetings: Array<{ id: string, startsAt: string, endsAt: string, status: MeetingStatus, oneOff: boolean }> } | null };

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type CreateProgrammeMutation = { createProgramme: { id: string, name: string, kind: ProgrammeKind, audience: ProgrammeAudience, mode: MeetingMode, place: string | null, meetingLink: string | null, description: string | null, goalDomains: Array<GoalDomain>, status: ProgrammeStatus, startsOn: string, endsOn: string | null, version: number, schedule: { intervalWeeks: number, weekday: number, startTime: string, endTime: string } | null, department: { id: string, name: string } | null, leaders: Array<{ kind: LeaderKind, displayName: string, userId: string | null, memberId: string | null }> } };

export type UpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;


export type UpdateProgrammeMutation = { updateProgramme: { id: string, name: string, place: string | null, description: string | null, goalDomains: Array<GoalDomain>, endsOn: string | null, status: ProgrammeStatus, version: number, department: { id: string } | null, schedule: { weekday: number } | null } };

export type SetProgrammeLeadersMutationVariables = Exact<{
  programmeId: string | number;
  userIds: Array<string | number> | string | number;
  memberIds: Array<string | number> | string | number;
}>;


export type SetProgrammeLeadersMutation = { setProgrammeLeaders: { id: string, leaders: Array<{ kind: LeaderKind, displayName: string, userId: string | null, memberId: string | null }> } };

export type ProgrammesQueryVariables = Exact<{
  status?: ProgrammeStatus | null | undefined;
  kind?: ProgrammeKind | null | undefined;
  departmentId?: string | number | null | undefined;
  mine?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type ProgrammesQuery = { programmes: Array<{ id: string, name: string, goalDomains: Array<GoalDomain>, schedule: { weekday: number, startTime: string } | null, department: { name: string } | null }> };

export type ProgrammeQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeQuery = { programme: { id: string, name: string, leaders: Array<{ displayName: string }> } | null };

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

export type PossibleDuplicatesQueryVariables = Exact<{
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}>;


export type PossibleDuplicatesQuery = { possibleDuplicates: Array<{ id: string, firstName: string, lastName: string }> };

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

export type ErasureRecordMutationVariables = Exact<{
  input: RecordErasureRequestInput;
}>;


export type ErasureRecordMutation = { recordErasureRequest: { id: string, subjectKind: DataSubjectKind, subjectId: string, subjectName: string | null, receivedOn: string, channel: ErasureRequestChannel, staffNote: string | null, status: ErasureRequestStatus, version: number, retainedUntil: string | null, recordedByName: string | null } };

export type ErasureCarryOutMutationVariables = Exact<{
  input: DecideErasureRequestInput;
}>;


export type ErasureCarryOutMutation = { carryOutErasureRequest: { id: string, subjectName: string | null, status: ErasureRequestStatus, staffNote: string | null, erasedRows: number | null, decidedByName: string | null, version: number } };

export type ErasureRefuseMutationVariables = Exact<{
  input: RefuseErasureRequestInput;
}>;


export type ErasureRefuseMutation = { refuseErasureRequest: { id: string, subjectName: string | null, status: ErasureRequestStatus, refusalReason: ErasureRefusalReason | null, staffNote: string | null, version: number } };

export type ErasureListQueryVariables = Exact<{
  status?: ErasureRequestStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type ErasureListQuery = { erasureRequests: { totalCount: number, requests: Array<{ id: string, subjectKind: DataSubjectKind, subjectId: string, subjectName: string | null, staffNote: string | null, status: ErasureRequestStatus, refusalReason: ErasureRefusalReason | null, retainedUntil: string | null, erasedRows: number | null, version: number }> } };

export type ErasurePolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type ErasurePolicyQuery = { retentionPolicy: { months: number, legalBasis: string | null, isDefault: boolean, version: number } };

export type ErasureSetPolicyMutationVariables = Exact<{
  input: SetRetentionPolicyInput;
}>;


export type ErasureSetPolicyMutation = { setRetentionPolicy: { months: number, legalBasis: string | null, isDefault: boolean, version: number } };

export type ErasureReviewQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ErasureReviewQuery = { retentionReview: { activeSince: string, months: number, totalCount: number, people: Array<{ kind: DataSubjectKind, id: string, name: string, lastActivityOn: string | null, pendingRequestId: string | null }> } };

export type ErasureCaseFileQueryVariables = Exact<{
  id: string | number;
}>;


export type ErasureCaseFileQuery = { resident: { id: string, firstName: string, lastName: string, dateOfBirth: string | null, phone: string | null, email: string | null, counsellingSessions: Array<{ id: string, notes: string | null, durationMinutes: number, occurredOn: string }> } | null };

export type ErasureFiguresQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ErasureFiguresQuery = { metricFigures: Array<{ metric: Metric, value: number | null }> };

export type PrivacyErasureFiguresQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PrivacyErasureFiguresQuery = { counsellingTotals: { totalMinutes: number, sessions: number, residents: number } | null, goalsByDomain: Array<{ domain: GoalDomain, planned: number, inProgress: number, achieved: number, abandoned: number, total: number }>, occupancyOverTime: Array<{ date: string, residents: number, beds: number, rate: number }>, helplineFigures: { contacts: number, contactMinutes: number, anonymousContacts: number, bereavedFollowedUp: number }, programmeFigures: { attendances: number, namedAttendances: number, namedParticipants: number, meetingsHeld: number, trainingHours: number }, materialSupportFigures: { handouts: number, parcels: number } };

export type SubjectAccessStartMutationVariables = Exact<{
  input: StartExportInput;
}>;


export type SubjectAccessStartMutation = { startExport: { id: string, status: ExportStatus, kind: ExportKind, format: ExportFormat } };

export type SubjectAccessJobQueryVariables = Exact<{
  id: string | number;
}>;


export type SubjectAccessJobQuery = { exportJob: { id: string, status: ExportStatus, error: string | null, fileName: string } | null };

export type SubjectAccessCounsellorReadQueryVariables = Exact<{
  id: string | number;
}>;


export type SubjectAccessCounsellorReadQuery = { resident: { id: string, firstName: string, lastName: string } | null };

export type SubjectAccessGoalProgressMutationVariables = Exact<{
  input: UpdateGoalProgressInput;
}>;


export type SubjectAccessGoalProgressMutation = { updateGoalProgress: { id: string, version: number } };

export type SubjectAccessConsentMutationVariables = Exact<{
  input: RecordConsortiumConsentInput;
}>;


export type SubjectAccessConsentMutation = { recordConsortiumConsent: { given: boolean } };

export type FreshStartSignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type FreshStartSignInMutation = { login: { accessToken: string, user: { email: string, role: Role } } };

export type FreshStartMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FreshStartMeQuery = { me: { email: string } };

export type ObsSignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ObsSignInMutation = { login: { accessToken: string } };

export type ObsCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type ObsCaseloadQuery = { residents: { edges: Array<{ node: { id: string, firstName: string, lastName: string, email: string | null, phone: string | null } }> } };

export type ObsCaseFileQueryVariables = Exact<{
  id: string | number;
}>;


export type ObsCaseFileQuery = { resident: { firstName: string, counsellingSessions: Array<{ notes: string | null }> } | null };

export type ObsNewResidentMutationVariables = Exact<{
  input: CreateResidentInput;
}>;


export type ObsNewResidentMutation = { createResident: { id: string } };

export type ObsLogSessionMutationVariables = Exact<{
  input: LogCounsellingSessionInput;
}>;


export type ObsLogSessionMutation = { logCounsellingSession: { id: string } };

export type SharedStatePlansQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedStatePlansQuery = { strategicPlans: Array<{ id: string, name: string, periodStart: string, periodEnd: string }> };

export type SharedStateStartExportMutationVariables = Exact<{
  input: StartExportInput;
}>;


export type SharedStateStartExportMutation = { startExport: { id: string, status: ExportStatus } };

export type SharedStateExportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type SharedStateExportJobQuery = { exportJob: { id: string, status: ExportStatus, error: string | null, fileName: string } | null };

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

export type FactoryCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type FactoryCreateDepartmentMutation = { createDepartment: { id: string, name: string, version: number } };

export type FactoryLogHelplineContactMutationVariables = Exact<{
  input: LogHelplineContactInput;
}>;


export type FactoryLogHelplineContactMutation = { logHelplineContact: { id: string, occurredAt: string } };

export type FactoryStartGriefFollowUpMutationVariables = Exact<{
  input: StartGriefFollowUpInput;
}>;


export type FactoryStartGriefFollowUpMutation = { startGriefFollowUp: { id: string, version: number, contacts: Array<{ id: string, plannedOn: string }> } };

export type FactoryRecordHandoutMutationVariables = Exact<{
  input: RecordHandoutInput;
}>;


export type FactoryRecordHandoutMutation = { recordHandout: { id: string } };

export type FactoryCreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type FactoryCreateProgrammeMutation = { createProgramme: { id: string, version: number } };

export type FactoryAddMeetingMutationVariables = Exact<{
  input: AddMeetingInput;
}>;


export type FactoryAddMeetingMutation = { addMeeting: { id: string, version: number, startsAt: string } };

export type FactoryRecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type FactoryRecordAttendanceMutation = { recordAttendance: { id: string, status: MeetingStatus, guestCount: number } };

export type FactoryCreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type FactoryCreateMemberMutation = { createMember: { id: string } };

export type FactoryEnrolMutationVariables = Exact<{
  programmeId: string | number;
  participantId: string | number;
  kind: ParticipantKind;
  enrolledOn?: string | null | undefined;
}>;


export type FactoryEnrolMutation = { enrol: { id: string, version: number } };

export type FactoryCreatePlanMutationVariables = Exact<{
  input: CreateStrategicPlanInput;
}>;


export type FactoryCreatePlanMutation = { createStrategicPlan: { id: string, version: number, periodStart: string, periodEnd: string } };

export type FactoryAddObjectiveMutationVariables = Exact<{
  input: AddObjectiveInput;
}>;


export type FactoryAddObjectiveMutation = { addObjective: { id: string } };

export type FactoryAddIndicatorMutationVariables = Exact<{
  input: AddIndicatorInput;
}>;


export type FactoryAddIndicatorMutation = { addIndicator: { id: string, version: number } };

export type FactoryAddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type FactoryAddMilestoneMutation = { addMilestone: { id: string } };

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
export const MfaLoginDocument = new TypedDocumentString(`
    mutation MfaLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
    user {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<MfaLoginMutation, MfaLoginMutationVariables>;
export const MfaVerifyDocument = new TypedDocumentString(`
    mutation MfaVerify($input: MfaCodeInput!) {
  verifyMfaCode(input: $input) {
    accessToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MfaVerifyMutation, MfaVerifyMutationVariables>;
export const MfaRecoverDocument = new TypedDocumentString(`
    mutation MfaRecover($input: RecoveryCodeInput!) {
  verifyRecoveryCode(input: $input) {
    accessToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MfaRecoverMutation, MfaRecoverMutationVariables>;
export const MfaStartRequiredDocument = new TypedDocumentString(`
    mutation MfaStartRequired($input: MfaEnrolmentTicketInput!) {
  startRequiredMfaEnrolment(input: $input) {
    secret
    otpauthUri
    qrCodeDataUrl
  }
}
    `) as unknown as TypedDocumentString<MfaStartRequiredMutation, MfaStartRequiredMutationVariables>;
export const MfaCompleteRequiredDocument = new TypedDocumentString(`
    mutation MfaCompleteRequired($input: CompleteMfaEnrolmentInput!) {
  completeRequiredMfaEnrolment(input: $input) {
    recoveryCodes
    session {
      accessToken
      user {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MfaCompleteRequiredMutation, MfaCompleteRequiredMutationVariables>;
export const MfaStartDocument = new TypedDocumentString(`
    mutation MfaStart {
  startMfaEnrolment {
    secret
    otpauthUri
    qrCodeDataUrl
  }
}
    `) as unknown as TypedDocumentString<MfaStartMutation, MfaStartMutationVariables>;
export const MfaConfirmDocument = new TypedDocumentString(`
    mutation MfaConfirm($input: MfaCodeOnlyInput!) {
  confirmMfaEnrolment(input: $input) {
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<MfaConfirmMutation, MfaConfirmMutationVariables>;
export const MfaDisableDocument = new TypedDocumentString(`
    mutation MfaDisable($input: MfaCodeOnlyInput!) {
  disableMfa(input: $input)
}
    `) as unknown as TypedDocumentString<MfaDisableMutation, MfaDisableMutationVariables>;
export const MfaResetDocument = new TypedDocumentString(`
    mutation MfaReset($input: ResetUserMfaInput!) {
  resetUserMfa(input: $input)
}
    `) as unknown as TypedDocumentString<MfaResetMutation, MfaResetMutationVariables>;
export const MfaStatusDocument = new TypedDocumentString(`
    query MfaStatus {
  mfaStatus {
    enrolled
    required
    policy
    recoveryCodesLeft
  }
}
    `) as unknown as TypedDocumentString<MfaStatusQuery, MfaStatusQueryVariables>;
export const MfaSetPolicyDocument = new TypedDocumentString(`
    mutation MfaSetPolicy($policy: MfaPolicy!) {
  setOrganisationMfaPolicy(policy: $policy)
}
    `) as unknown as TypedDocumentString<MfaSetPolicyMutation, MfaSetPolicyMutationVariables>;
export const MfaRefreshDocument = new TypedDocumentString(`
    mutation MfaRefresh {
  refreshSession {
    accessToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MfaRefreshMutation, MfaRefreshMutationVariables>;
export const MfaMeDocument = new TypedDocumentString(`
    query MfaMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<MfaMeQuery, MfaMeQueryVariables>;
export const MfaRegenerateCodesDocument = new TypedDocumentString(`
    mutation MfaRegenerateCodes($input: MfaCodeOnlyInput!) {
  regenerateMfaRecoveryCodes(input: $input) {
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<MfaRegenerateCodesMutation, MfaRegenerateCodesMutationVariables>;
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
export const AuditLogCaseFileDocument = new TypedDocumentString(`
    query AuditLogCaseFile($id: ID!) {
  resident(id: $id) {
    id
    counsellingSessions(first: 50) {
      id
      notes
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogCaseFileQuery, AuditLogCaseFileQueryVariables>;
export const AuditLogPageDocument = new TypedDocumentString(`
    query AuditLogPage($userId: ID, $personId: ID, $entityId: String, $action: String, $from: Date, $to: Date, $first: Int, $offset: Int) {
  auditLog(
    userId: $userId
    personId: $personId
    entityId: $entityId
    action: $action
    from: $from
    to: $to
    first: $first
    offset: $offset
  ) {
    totalCount
    hasNextPage
    entries {
      id
      occurredAt
      action
      entityType
      entityId
      residentId
      sessionIds
      userId
      userDisplayName
      requestId
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const AuditLogExportDocument = new TypedDocumentString(`
    query AuditLogExport($personId: ID, $action: String) {
  auditLogCsv(personId: $personId, action: $action) {
    filename
    content
    rowCount
    truncated
  }
}
    `) as unknown as TypedDocumentString<AuditLogExportQuery, AuditLogExportQueryVariables>;
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
export const RecordConsortiumConsentDocument = new TypedDocumentString(`
    mutation RecordConsortiumConsent($input: RecordConsortiumConsentInput!) {
  recordConsortiumConsent(input: $input) {
    given
    decidedOn
    history {
      given
      decidedOn
      recordedById
    }
  }
}
    `) as unknown as TypedDocumentString<RecordConsortiumConsentMutation, RecordConsortiumConsentMutationVariables>;
export const ResidentConsortiumConsentDocument = new TypedDocumentString(`
    query ResidentConsortiumConsent($id: ID!) {
  resident(id: $id) {
    id
    consortiumConsent {
      given
      decidedOn
      history {
        given
        decidedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentConsortiumConsentQuery, ResidentConsortiumConsentQueryVariables>;
export const ConsortiaDocument = new TypedDocumentString(`
    query Consortia {
  consortia {
    id
    name
    members {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsortiaQuery, ConsortiaQueryVariables>;
export const ConsortiumOverviewDocument = new TypedDocumentString(`
    query ConsortiumOverview($consortiumId: ID!, $from: Date!, $to: Date!) {
  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {
    consortium {
      id
      name
      members {
        id
        name
      }
    }
    partners {
      organisation {
        id
        name
      }
      residencesOpen
      currentResidents
      counsellingHours
      peopleCounselled
      trainingsHeld
      goalsAchieved
    }
    totals {
      organisation {
        id
      }
      residencesOpen
      currentResidents
      counsellingHours
      peopleCounselled
      trainingsHeld
      goalsAchieved
    }
  }
}
    `) as unknown as TypedDocumentString<ConsortiumOverviewQuery, ConsortiumOverviewQueryVariables>;
export const ConsortiumOwnCounsellingDocument = new TypedDocumentString(`
    query ConsortiumOwnCounselling($from: Date!, $to: Date!) {
  counsellingTotals(from: $from, to: $to) {
    totalMinutes
    residents
  }
}
    `) as unknown as TypedDocumentString<ConsortiumOwnCounsellingQuery, ConsortiumOwnCounsellingQueryVariables>;
export const ConsortiumSeriesDocument = new TypedDocumentString(`
    query ConsortiumSeries($consortiumId: ID!, $from: Date!, $to: Date!) {
  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {
    totals {
      counsellingHours
      peopleCounselled
    }
    series {
      metric
      months {
        month
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsortiumSeriesQuery, ConsortiumSeriesQueryVariables>;
export const DemoConsortiaDocument = new TypedDocumentString(`
    query DemoConsortia {
  consortia {
    id
    name
    members {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DemoConsortiaQuery, DemoConsortiaQueryVariables>;
export const DemoConsortiumOverviewDocument = new TypedDocumentString(`
    query DemoConsortiumOverview($id: ID!) {
  consortiumOverview(consortiumId: $id, from: "2024-11-01", to: "2026-10-31") {
    partners {
      organisation {
        name
      }
      residencesOpen
      currentResidents
    }
    totals {
      residencesOpen
      currentResidents
    }
  }
}
    `) as unknown as TypedDocumentString<DemoConsortiumOverviewQuery, DemoConsortiumOverviewQueryVariables>;
export const RegistryFiguresDocument = new TypedDocumentString(`
    query RegistryFigures($from: Date!, $to: Date!, $goalDomain: GoalDomain, $sessionKind: SessionKind, $audience: CounsellingAudience) {
  metricFigures(
    from: $from
    to: $to
    goalDomain: $goalDomain
    sessionKind: $sessionKind
    audience: $audience
  ) {
    metric
    unit
    kind
    filters
    value
  }
  occupancyOverTime(from: $to, to: $to) {
    date
    rate
  }
}
    `) as unknown as TypedDocumentString<RegistryFiguresQuery, RegistryFiguresQueryVariables>;
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
export const CorrectSessionDocument = new TypedDocumentString(`
    mutation CorrectSession($input: CorrectCounsellingSessionInput!) {
  correctCounsellingSession(input: $input) {
    id
    version
    occurredOn
    durationMinutes
    kind
    domains
    notes
    withdrawn
    changeable
  }
}
    `) as unknown as TypedDocumentString<CorrectSessionMutation, CorrectSessionMutationVariables>;
export const WithdrawSessionDocument = new TypedDocumentString(`
    mutation WithdrawSession($input: WithdrawCounsellingSessionInput!) {
  withdrawCounsellingSession(input: $input) {
    id
    version
    withdrawn
    changeable
    withdrawal {
      at
      reason
      by {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawSessionMutation, WithdrawSessionMutationVariables>;
export const SessionHistoryDocument = new TypedDocumentString(`
    query SessionHistory($id: ID!) {
  counsellingSession(id: $id) {
    id
    withdrawn
    changeable
    revisions {
      change
      reason
      changedAt
      changedBy {
        id
      }
      occurredOn
      durationMinutes
      kind
      domains
      notes
    }
    resident {
      counsellingMinutes
      counsellingSessions {
        id
        withdrawn
        withdrawal {
          reason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionHistoryQuery, SessionHistoryQueryVariables>;
export const CorrectionTotalsDocument = new TypedDocumentString(`
    query CorrectionTotals($from: Date!, $to: Date!) {
  counsellingTotals(from: $from, to: $to) {
    totalMinutes
    sessions
    residents
  }
}
    `) as unknown as TypedDocumentString<CorrectionTotalsQuery, CorrectionTotalsQueryVariables>;
export const CorrectionMetricsDocument = new TypedDocumentString(`
    query CorrectionMetrics($from: Date!, $to: Date!) {
  metricFigures(from: $from, to: $to) {
    metric
    value
  }
}
    `) as unknown as TypedDocumentString<CorrectionMetricsQuery, CorrectionMetricsQueryVariables>;
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
export const RulesLogSessionDocument = new TypedDocumentString(`
    mutation RulesLogSession($input: LogCounsellingSessionInput!) {
  logCounsellingSession(input: $input) {
    id
    occurredOn
    domains
    notes
  }
}
    `) as unknown as TypedDocumentString<RulesLogSessionMutation, RulesLogSessionMutationVariables>;
export const RulesLogRelativeSessionDocument = new TypedDocumentString(`
    mutation RulesLogRelativeSession($input: LogRelativeSessionInput!) {
  logRelativeSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RulesLogRelativeSessionMutation, RulesLogRelativeSessionMutationVariables>;
export const DemoProgrammeFiguresDocument = new TypedDocumentString(`
    query DemoProgrammeFigures($from: Date!, $to: Date!, $departmentId: ID) {
  programmeFigures(from: $from, to: $to, departmentId: $departmentId) {
    meetingsHeld
    namedAttendances
    guests
    trainingsHeld
    trainingHours
  }
}
    `) as unknown as TypedDocumentString<DemoProgrammeFiguresQuery, DemoProgrammeFiguresQueryVariables>;
export const DemoDepartmentsDocument = new TypedDocumentString(`
    query DemoDepartments {
  departments {
    id
    name
    status
    statusSince
    statusReason
  }
}
    `) as unknown as TypedDocumentString<DemoDepartmentsQuery, DemoDepartmentsQueryVariables>;
export const DemoHelplineFiguresDocument = new TypedDocumentString(`
    query DemoHelplineFigures($from: Date!, $to: Date!) {
  helplineFigures(from: $from, to: $to) {
    contacts
    anonymousContacts
    bereavedFollowedUp
  }
}
    `) as unknown as TypedDocumentString<DemoHelplineFiguresQuery, DemoHelplineFiguresQueryVariables>;
export const DemoLeaderHomeDocument = new TypedDocumentString(`
    query DemoLeaderHome {
  programmes {
    id
    name
  }
  myNextMeetings(first: 3) {
    id
    startsAt
    programme {
      name
    }
    expected {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<DemoLeaderHomeQuery, DemoLeaderHomeQueryVariables>;
export const DemoScheduledProgrammesDocument = new TypedDocumentString(`
    query DemoScheduledProgrammes {
  programmes(first: 200, status: ACTIVE) {
    id
    name
    schedule {
      intervalWeeks
    }
  }
}
    `) as unknown as TypedDocumentString<DemoScheduledProgrammesQuery, DemoScheduledProgrammesQueryVariables>;
export const DemoGenerateMeetingsDocument = new TypedDocumentString(`
    mutation DemoGenerateMeetings($programmeId: ID!) {
  generateMeetings(programmeId: $programmeId) {
    id
    startsAt
  }
}
    `) as unknown as TypedDocumentString<DemoGenerateMeetingsMutation, DemoGenerateMeetingsMutationVariables>;
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
export const DeptSetStaffDocument = new TypedDocumentString(`
    mutation DeptSetStaff($userId: ID!, $departmentId: ID) {
  setStaffDepartment(userId: $userId, departmentId: $departmentId) {
    id
    department {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DeptSetStaffMutation, DeptSetStaffMutationVariables>;
export const DeptSetResidenceDocument = new TypedDocumentString(`
    mutation DeptSetResidence($residenceId: ID!, $departmentId: ID) {
  setResidenceDepartment(residenceId: $residenceId, departmentId: $departmentId) {
    id
    department {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DeptSetResidenceMutation, DeptSetResidenceMutationVariables>;
export const DeptMeDocument = new TypedDocumentString(`
    query DeptMe {
  me {
    id
    department {
      id
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DeptMeQuery, DeptMeQueryVariables>;
export const DeptResidencesDocument = new TypedDocumentString(`
    query DeptResidences($departmentId: ID, $all: Boolean) {
  residences(departmentId: $departmentId, includeClosed: $all) {
    id
    name
    department {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DeptResidencesQuery, DeptResidencesQueryVariables>;
export const DeptCloseDocument = new TypedDocumentString(`
    mutation DeptClose($input: UpdateDepartmentInput!) {
  updateDepartment(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeptCloseMutation, DeptCloseMutationVariables>;
export const DeptListDocument = new TypedDocumentString(`
    query DeptList($all: Boolean) {
  departments(includeClosed: $all) {
    id
    name
    place
    status
    statusSince
    statusReason
    version
  }
}
    `) as unknown as TypedDocumentString<DeptListQuery, DeptListQueryVariables>;
export const DeptCreateDocument = new TypedDocumentString(`
    mutation DeptCreate($input: CreateDepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
    place
    status
    statusSince
    statusReason
    version
  }
}
    `) as unknown as TypedDocumentString<DeptCreateMutation, DeptCreateMutationVariables>;
export const DeptUpdateDocument = new TypedDocumentString(`
    mutation DeptUpdate($input: UpdateDepartmentInput!) {
  updateDepartment(input: $input) {
    id
    name
    place
    status
    statusSince
    statusReason
    version
  }
}
    `) as unknown as TypedDocumentString<DeptUpdateMutation, DeptUpdateMutationVariables>;
export const StaffListDocument = new TypedDocumentString(`
    query StaffList($roles: [Role!], $departmentId: ID, $first: Int) {
  staff(roles: $roles, departmentId: $departmentId, first: $first) {
    id
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<StaffListQuery, StaffListQueryVariables>;
export const StaffListSetDepartmentDocument = new TypedDocumentString(`
    mutation StaffListSetDepartment($userId: ID!, $departmentId: ID) {
  setStaffDepartment(userId: $userId, departmentId: $departmentId) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffListSetDepartmentMutation, StaffListSetDepartmentMutationVariables>;
export const ExportedConsortiumOverviewDocument = new TypedDocumentString(`
    query ExportedConsortiumOverview($consortiumId: ID!, $from: Date!, $to: Date!) {
  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {
    consortium {
      id
      name
    }
    partners {
      organisation {
        id
        name
      }
      residencesOpen
      currentResidents
      counsellingHours
      peopleCounselled
      trainingsHeld
      goalsAchieved
    }
    totals {
      residencesOpen
      currentResidents
      counsellingHours
      peopleCounselled
      trainingsHeld
      goalsAchieved
    }
  }
}
    `) as unknown as TypedDocumentString<ExportedConsortiumOverviewQuery, ExportedConsortiumOverviewQueryVariables>;
export const StartExportInTestDocument = new TypedDocumentString(`
    mutation StartExportInTest($input: StartExportInput!) {
  startExport(input: $input) {
    id
    kind
    format
    status
    progress
    fileName
    error
    createdAt
  }
}
    `) as unknown as TypedDocumentString<StartExportInTestMutation, StartExportInTestMutationVariables>;
export const ExportJobInTestDocument = new TypedDocumentString(`
    query ExportJobInTest($id: ID!) {
  exportJob(id: $id) {
    id
    kind
    format
    status
    progress
    fileName
    error
  }
}
    `) as unknown as TypedDocumentString<ExportJobInTestQuery, ExportJobInTestQueryVariables>;
export const ExportPlansDocument = new TypedDocumentString(`
    query ExportPlans {
  strategicPlans {
    id
    name
    periodStart
    periodEnd
  }
}
    `) as unknown as TypedDocumentString<ExportPlansQuery, ExportPlansQueryVariables>;
export const ExportedProgressReportDocument = new TypedDocumentString(`
    query ExportedProgressReport($planId: ID!, $from: Date!, $to: Date!) {
  progressReport(planId: $planId, from: $from, to: $to) {
    rows {
      indicator {
        id
        name
      }
      actual
      target
      hasActual
      percentOfTarget
      status
    }
    milestonesDue {
      title
      dueOn
    }
  }
}
    `) as unknown as TypedDocumentString<ExportedProgressReportQuery, ExportedProgressReportQueryVariables>;
export const StartReportExportDocument = new TypedDocumentString(`
    mutation StartReportExport($input: StartExportInput!) {
  startExport(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StartReportExportMutation, StartReportExportMutationVariables>;
export const ReportExportJobDocument = new TypedDocumentString(`
    query ReportExportJob($id: ID!) {
  exportJob(id: $id) {
    id
    status
    error
    fileName
  }
}
    `) as unknown as TypedDocumentString<ReportExportJobQuery, ReportExportJobQueryVariables>;
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
export const GriefStartDocument = new TypedDocumentString(`
    mutation GriefStart($input: StartGriefFollowUpInput!) {
  startGriefFollowUp(input: $input) {
    id
    startedOn
    status
    note
    version
    relative {
      id
    }
    responsible {
      id
    }
    department {
      id
    }
    contacts {
      id
      plannedOn
      status
      doneOn
      note
    }
  }
}
    `) as unknown as TypedDocumentString<GriefStartMutation, GriefStartMutationVariables>;
export const GriefUpdatePlanDocument = new TypedDocumentString(`
    mutation GriefUpdatePlan($input: UpdateGriefFollowUpInput!) {
  updateGriefFollowUp(input: $input) {
    id
    status
    note
    version
  }
}
    `) as unknown as TypedDocumentString<GriefUpdatePlanMutation, GriefUpdatePlanMutationVariables>;
export const GriefAddContactDocument = new TypedDocumentString(`
    mutation GriefAddContact($followUpId: ID!, $plannedOn: Date!) {
  addPlannedContact(followUpId: $followUpId, plannedOn: $plannedOn) {
    id
    plannedOn
    status
    doneOn
  }
}
    `) as unknown as TypedDocumentString<GriefAddContactMutation, GriefAddContactMutationVariables>;
export const GriefUpdateContactDocument = new TypedDocumentString(`
    mutation GriefUpdateContact($input: UpdatePlannedContactInput!) {
  updatePlannedContact(input: $input) {
    id
    plannedOn
    status
    doneOn
    note
  }
}
    `) as unknown as TypedDocumentString<GriefUpdateContactMutation, GriefUpdateContactMutationVariables>;
export const GriefPlansDocument = new TypedDocumentString(`
    query GriefPlans($status: FollowUpStatus, $departmentId: ID, $first: Int) {
  griefFollowUps(status: $status, departmentId: $departmentId, first: $first) {
    id
    startedOn
    status
    relative {
      id
    }
    contacts(first: 2) {
      plannedOn
    }
  }
}
    `) as unknown as TypedDocumentString<GriefPlansQuery, GriefPlansQueryVariables>;
export const GriefOfRelativeDocument = new TypedDocumentString(`
    query GriefOfRelative($id: ID!) {
  relative(id: $id) {
    id
    griefFollowUps {
      id
      startedOn
      contacts {
        plannedOn
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GriefOfRelativeQuery, GriefOfRelativeQueryVariables>;
export const GriefPlanIdsDocument = new TypedDocumentString(`
    query GriefPlanIds {
  griefFollowUps(first: 200) {
    id
  }
}
    `) as unknown as TypedDocumentString<GriefPlanIdsQuery, GriefPlanIdsQueryVariables>;
export const AccessHelplineContactsDocument = new TypedDocumentString(`
    query AccessHelplineContacts {
  helplineContacts(first: 5) {
    id
    department {
      id
    }
    recordedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccessHelplineContactsQuery, AccessHelplineContactsQueryVariables>;
export const AccessHelplineContactPersonsDocument = new TypedDocumentString(`
    query AccessHelplineContactPersons {
  helplineContacts(first: 5) {
    id
    relative {
      id
    }
    resident {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccessHelplineContactPersonsQuery, AccessHelplineContactPersonsQueryVariables>;
export const AccessLogHelplineContactDocument = new TypedDocumentString(`
    mutation AccessLogHelplineContact($input: LogHelplineContactInput!) {
  logHelplineContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessLogHelplineContactMutation, AccessLogHelplineContactMutationVariables>;
export const AccessUpdateHelplineContactDocument = new TypedDocumentString(`
    mutation AccessUpdateHelplineContact($input: UpdateHelplineContactInput!) {
  updateHelplineContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessUpdateHelplineContactMutation, AccessUpdateHelplineContactMutationVariables>;
export const AccessGriefFollowUpsDocument = new TypedDocumentString(`
    query AccessGriefFollowUps {
  griefFollowUps(first: 5) {
    id
    relative {
      id
    }
    responsible {
      id
    }
    department {
      id
    }
    contacts {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccessGriefFollowUpsQuery, AccessGriefFollowUpsQueryVariables>;
export const AccessRelativeGriefFollowUpsDocument = new TypedDocumentString(`
    query AccessRelativeGriefFollowUps($id: ID!) {
  relative(id: $id) {
    griefFollowUps {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccessRelativeGriefFollowUpsQuery, AccessRelativeGriefFollowUpsQueryVariables>;
export const AccessStartGriefFollowUpDocument = new TypedDocumentString(`
    mutation AccessStartGriefFollowUp($input: StartGriefFollowUpInput!) {
  startGriefFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessStartGriefFollowUpMutation, AccessStartGriefFollowUpMutationVariables>;
export const AccessUpdateGriefFollowUpDocument = new TypedDocumentString(`
    mutation AccessUpdateGriefFollowUp($input: UpdateGriefFollowUpInput!) {
  updateGriefFollowUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessUpdateGriefFollowUpMutation, AccessUpdateGriefFollowUpMutationVariables>;
export const AccessAddPlannedContactDocument = new TypedDocumentString(`
    mutation AccessAddPlannedContact($followUpId: ID!, $plannedOn: Date!) {
  addPlannedContact(followUpId: $followUpId, plannedOn: $plannedOn) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAddPlannedContactMutation, AccessAddPlannedContactMutationVariables>;
export const AccessUpdatePlannedContactDocument = new TypedDocumentString(`
    mutation AccessUpdatePlannedContact($input: UpdatePlannedContactInput!) {
  updatePlannedContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessUpdatePlannedContactMutation, AccessUpdatePlannedContactMutationVariables>;
export const AccessHelplineFiguresDocument = new TypedDocumentString(`
    query AccessHelplineFigures {
  helplineFigures(from: "2025-01-01", to: "2025-12-31") {
    contacts
    counts {
      month
    }
  }
}
    `) as unknown as TypedDocumentString<AccessHelplineFiguresQuery, AccessHelplineFiguresQueryVariables>;
export const HelplineLogContactDocument = new TypedDocumentString(`
    mutation HelplineLogContact($input: LogHelplineContactInput!) {
  logHelplineContact(input: $input) {
    id
    occurredAt
    durationMinutes
    channel
    callerKind
    topics
    outcome
    referredTo
    notes
    anonymous
    createdAt
    department {
      id
    }
    recordedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HelplineLogContactMutation, HelplineLogContactMutationVariables>;
export const HelplineLogLinkedContactDocument = new TypedDocumentString(`
    mutation HelplineLogLinkedContact($input: LogHelplineContactInput!) {
  logHelplineContact(input: $input) {
    id
    anonymous
    relative {
      id
    }
    resident {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HelplineLogLinkedContactMutation, HelplineLogLinkedContactMutationVariables>;
export const HelplineUpdateContactDocument = new TypedDocumentString(`
    mutation HelplineUpdateContact($input: UpdateHelplineContactInput!) {
  updateHelplineContact(input: $input) {
    id
    durationMinutes
    outcome
    referredTo
    notes
    topics
    anonymous
    department {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HelplineUpdateContactMutation, HelplineUpdateContactMutationVariables>;
export const HelplineUpdateLinkedContactDocument = new TypedDocumentString(`
    mutation HelplineUpdateLinkedContact($input: UpdateHelplineContactInput!) {
  updateHelplineContact(input: $input) {
    id
    anonymous
    relative {
      id
    }
    resident {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HelplineUpdateLinkedContactMutation, HelplineUpdateLinkedContactMutationVariables>;
export const HelplineContactListDocument = new TypedDocumentString(`
    query HelplineContactList($from: Date, $to: Date, $departmentId: ID, $first: Int) {
  helplineContacts(
    from: $from
    to: $to
    departmentId: $departmentId
    first: $first
  ) {
    id
    occurredAt
    anonymous
    recordedBy {
      id
    }
    department {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HelplineContactListQuery, HelplineContactListQueryVariables>;
export const HelplineContactPersonsDocument = new TypedDocumentString(`
    query HelplineContactPersons($from: Date, $to: Date) {
  helplineContacts(from: $from, to: $to) {
    id
    relative {
      id
    }
    resident {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HelplineContactPersonsQuery, HelplineContactPersonsQueryVariables>;
export const HelplineFiguresOfPeriodDocument = new TypedDocumentString(`
    query HelplineFiguresOfPeriod($from: Date!, $to: Date!, $departmentId: ID) {
  helplineFigures(from: $from, to: $to, departmentId: $departmentId) {
    contacts
    contactMinutes
    anonymousContacts
    bereavedFollowedUp
    counts {
      month
      channel
      topic
      contacts
    }
  }
}
    `) as unknown as TypedDocumentString<HelplineFiguresOfPeriodQuery, HelplineFiguresOfPeriodQueryVariables>;
export const HelplineFiguresContactDoneDocument = new TypedDocumentString(`
    mutation HelplineFiguresContactDone($input: UpdatePlannedContactInput!) {
  updatePlannedContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HelplineFiguresContactDoneMutation, HelplineFiguresContactDoneMutationVariables>;
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
export const HandoutRecordDocument = new TypedDocumentString(`
    mutation HandoutRecord($input: RecordHandoutInput!) {
  recordHandout(input: $input) {
    id
    handedOutOn
    kind
    quantity
    anonymousRecipients
    note
    createdAt
    department {
      id
    }
    recordedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutRecordMutation, HandoutRecordMutationVariables>;
export const HandoutRecordNamedDocument = new TypedDocumentString(`
    mutation HandoutRecordNamed($input: RecordHandoutInput!) {
  recordHandout(input: $input) {
    id
    anonymousRecipients
    resident {
      id
    }
    relative {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutRecordNamedMutation, HandoutRecordNamedMutationVariables>;
export const HandoutUpdateDocument = new TypedDocumentString(`
    mutation HandoutUpdate($input: UpdateHandoutInput!) {
  updateHandout(input: $input) {
    id
    handedOutOn
    kind
    quantity
    anonymousRecipients
    note
    department {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutUpdateMutation, HandoutUpdateMutationVariables>;
export const HandoutListDocument = new TypedDocumentString(`
    query HandoutList($from: Date, $to: Date, $kind: HandoutKind, $departmentId: ID, $first: Int) {
  handouts(
    from: $from
    to: $to
    kind: $kind
    departmentId: $departmentId
    first: $first
  ) {
    id
    handedOutOn
    kind
    quantity
    anonymousRecipients
    note
    recordedBy {
      id
    }
    department {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutListQuery, HandoutListQueryVariables>;
export const HandoutRecipientsDocument = new TypedDocumentString(`
    query HandoutRecipients($from: Date, $to: Date) {
  handouts(from: $from, to: $to) {
    id
    resident {
      id
    }
    relative {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutRecipientsQuery, HandoutRecipientsQueryVariables>;
export const HandoutAccessFiguresDocument = new TypedDocumentString(`
    query HandoutAccessFigures {
  materialSupportFigures(from: "2025-01-01", to: "2025-12-31") {
    parcels
  }
}
    `) as unknown as TypedDocumentString<HandoutAccessFiguresQuery, HandoutAccessFiguresQueryVariables>;
export const MaterialSupportFiguresOfPeriodDocument = new TypedDocumentString(`
    query MaterialSupportFiguresOfPeriod($from: Date!, $to: Date!, $departmentId: ID) {
  materialSupportFigures(from: $from, to: $to, departmentId: $departmentId) {
    parcels
    handouts
    byKind {
      kind
      handouts
      quantity
      namedRecipients
      anonymousRecipients
    }
  }
}
    `) as unknown as TypedDocumentString<MaterialSupportFiguresOfPeriodQuery, MaterialSupportFiguresOfPeriodQueryVariables>;
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
export const DemoStrategicPlansDocument = new TypedDocumentString(`
    query DemoStrategicPlans {
  strategicPlans {
    id
    name
    level
    periodStart
    periodEnd
    consortium {
      id
      name
    }
    funding {
      funder
      amount
      currency
    }
    milestones {
      title
      dueOn
      status
      doneOn
    }
    publishedReports {
      id
      from
      to
      publishedBy
    }
  }
}
    `) as unknown as TypedDocumentString<DemoStrategicPlansQuery, DemoStrategicPlansQueryVariables>;
export const DemoPlanConsortiumTotalsDocument = new TypedDocumentString(`
    query DemoPlanConsortiumTotals($id: ID!, $from: Date!, $to: Date!) {
  consortiumOverview(consortiumId: $id, from: $from, to: $to) {
    totals {
      currentResidents
    }
  }
}
    `) as unknown as TypedDocumentString<DemoPlanConsortiumTotalsQuery, DemoPlanConsortiumTotalsQueryVariables>;
export const DemoProgressReportDocument = new TypedDocumentString(`
    query DemoProgressReport($planId: ID!, $from: Date!, $to: Date!) {
  progressReport(planId: $planId, from: $from, to: $to) {
    rows {
      indicator {
        name
        metric
        sessionKind
        audience
      }
      actual
      target
      hasActual
      status
      publishedActual
      changedSincePublished
    }
  }
}
    `) as unknown as TypedDocumentString<DemoProgressReportQuery, DemoProgressReportQueryVariables>;
export const PlanDetailDocument = new TypedDocumentString(`
    query PlanDetail($id: ID!) {
  strategicPlan(id: $id) {
    id
    name
    description
    periodStart
    periodEnd
    level
    version
    consortium {
      id
      name
    }
    objectives {
      id
      title
      position
      indicators {
        id
        name
        metric
        target
        baseline
        goalDomain
        sessionKind
        audience
        unit
        version
        department {
          id
        }
        yearTargets {
          year
          target
        }
      }
    }
    milestones {
      id
      title
      dueOn
      status
      doneOn
      note
    }
    funding {
      id
      funder
      amount
      currency
      note
    }
    publishedReports {
      id
      from
      to
      publishedBy
    }
  }
}
    `) as unknown as TypedDocumentString<PlanDetailQuery, PlanDetailQueryVariables>;
export const PlanListDocument = new TypedDocumentString(`
    query PlanList {
  strategicPlans {
    id
    name
    level
  }
}
    `) as unknown as TypedDocumentString<PlanListQuery, PlanListQueryVariables>;
export const PlanCreateDocument = new TypedDocumentString(`
    mutation PlanCreate($input: CreateStrategicPlanInput!) {
  createStrategicPlan(input: $input) {
    id
    level
    version
    consortium {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PlanCreateMutation, PlanCreateMutationVariables>;
export const PlanUpdateDocument = new TypedDocumentString(`
    mutation PlanUpdate($input: UpdateStrategicPlanInput!) {
  updateStrategicPlan(input: $input) {
    id
    name
    version
    periodEnd
  }
}
    `) as unknown as TypedDocumentString<PlanUpdateMutation, PlanUpdateMutationVariables>;
export const PlanAddObjectiveDocument = new TypedDocumentString(`
    mutation PlanAddObjective($input: AddObjectiveInput!) {
  addObjective(input: $input) {
    id
    title
    position
  }
}
    `) as unknown as TypedDocumentString<PlanAddObjectiveMutation, PlanAddObjectiveMutationVariables>;
export const PlanUpdateObjectiveDocument = new TypedDocumentString(`
    mutation PlanUpdateObjective($input: UpdateObjectiveInput!) {
  updateObjective(input: $input) {
    id
    title
    position
  }
}
    `) as unknown as TypedDocumentString<PlanUpdateObjectiveMutation, PlanUpdateObjectiveMutationVariables>;
export const PlanRemoveObjectiveDocument = new TypedDocumentString(`
    mutation PlanRemoveObjective($id: ID!) {
  removeObjective(id: $id) {
    id
    objectives {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PlanRemoveObjectiveMutation, PlanRemoveObjectiveMutationVariables>;
export const PlanAddIndicatorDocument = new TypedDocumentString(`
    mutation PlanAddIndicator($input: AddIndicatorInput!) {
  addIndicator(input: $input) {
    id
    version
    target
    yearTargets {
      year
      target
    }
  }
}
    `) as unknown as TypedDocumentString<PlanAddIndicatorMutation, PlanAddIndicatorMutationVariables>;
export const PlanUpdateIndicatorDocument = new TypedDocumentString(`
    mutation PlanUpdateIndicator($input: UpdateIndicatorInput!) {
  updateIndicator(input: $input) {
    id
    version
    target
    baseline
    yearTargets {
      year
      target
    }
  }
}
    `) as unknown as TypedDocumentString<PlanUpdateIndicatorMutation, PlanUpdateIndicatorMutationVariables>;
export const PlanRemoveIndicatorDocument = new TypedDocumentString(`
    mutation PlanRemoveIndicator($id: ID!) {
  removeIndicator(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlanRemoveIndicatorMutation, PlanRemoveIndicatorMutationVariables>;
export const PlanAddMilestoneDocument = new TypedDocumentString(`
    mutation PlanAddMilestone($input: AddMilestoneInput!) {
  addMilestone(input: $input) {
    id
    status
    doneOn
  }
}
    `) as unknown as TypedDocumentString<PlanAddMilestoneMutation, PlanAddMilestoneMutationVariables>;
export const PlanUpdateMilestoneDocument = new TypedDocumentString(`
    mutation PlanUpdateMilestone($input: UpdateMilestoneInput!) {
  updateMilestone(input: $input) {
    id
    status
    doneOn
  }
}
    `) as unknown as TypedDocumentString<PlanUpdateMilestoneMutation, PlanUpdateMilestoneMutationVariables>;
export const PlanRemoveMilestoneDocument = new TypedDocumentString(`
    mutation PlanRemoveMilestone($id: ID!) {
  removeMilestone(id: $id) {
    id
    milestones {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PlanRemoveMilestoneMutation, PlanRemoveMilestoneMutationVariables>;
export const PlanAddFundingDocument = new TypedDocumentString(`
    mutation PlanAddFunding($input: AddFundingInput!) {
  addFunding(input: $input) {
    id
    funder
    amount
    currency
  }
}
    `) as unknown as TypedDocumentString<PlanAddFundingMutation, PlanAddFundingMutationVariables>;
export const PlanUpdateFundingDocument = new TypedDocumentString(`
    mutation PlanUpdateFunding($input: UpdateFundingInput!) {
  updateFunding(input: $input) {
    id
    amount
    currency
  }
}
    `) as unknown as TypedDocumentString<PlanUpdateFundingMutation, PlanUpdateFundingMutationVariables>;
export const PlanRemoveFundingDocument = new TypedDocumentString(`
    mutation PlanRemoveFunding($id: ID!) {
  removeFunding(id: $id) {
    id
    funding {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PlanRemoveFundingMutation, PlanRemoveFundingMutationVariables>;
export const PlanSetCommentDocument = new TypedDocumentString(`
    mutation PlanSetComment($indicatorId: ID!, $from: Date!, $to: Date!, $comment: String!) {
  setIndicatorComment(
    indicatorId: $indicatorId
    from: $from
    to: $to
    comment: $comment
  ) {
    from
    to
    comment
    updatedBy
  }
}
    `) as unknown as TypedDocumentString<PlanSetCommentMutation, PlanSetCommentMutationVariables>;
export const PlanPublishDocument = new TypedDocumentString(`
    mutation PlanPublish($planId: ID!, $from: Date!, $to: Date!) {
  publishProgressReport(planId: $planId, from: $from, to: $to) {
    id
    from
    to
    publishedBy
  }
}
    `) as unknown as TypedDocumentString<PlanPublishMutation, PlanPublishMutationVariables>;
export const PlanReportDocument = new TypedDocumentString(`
    query PlanReport($planId: ID!, $from: Date!, $to: Date!) {
  progressReport(planId: $planId, from: $from, to: $to) {
    plan {
      id
      name
    }
    from
    to
    rows {
      indicator {
        id
        name
        metric
      }
      actual
      target
      hasActual
      percentOfTarget
      expectedByNow
      status
      trend {
        month
        value
      }
      comment {
        comment
        updatedBy
      }
      publishedActual
      liveActual
      changedSincePublished
    }
    milestonesDue {
      id
      title
      dueOn
      status
    }
    published {
      id
      from
      to
    }
  }
}
    `) as unknown as TypedDocumentString<PlanReportQuery, PlanReportQueryVariables>;
export const PlanPublishedReportDocument = new TypedDocumentString(`
    query PlanPublishedReport($id: ID!) {
  publishedReport(id: $id) {
    plan {
      id
      name
    }
    from
    to
    rows {
      indicator {
        id
        name
        metric
      }
      actual
      target
      hasActual
      percentOfTarget
      expectedByNow
      status
      trend {
        month
        value
      }
      comment {
        comment
        updatedBy
      }
      publishedActual
      liveActual
      changedSincePublished
    }
    milestonesDue {
      id
      title
      dueOn
      status
    }
    published {
      id
      from
      to
    }
  }
}
    `) as unknown as TypedDocumentString<PlanPublishedReportQuery, PlanPublishedReportQueryVariables>;
export const PlanConsortiumTotalsDocument = new TypedDocumentString(`
    query PlanConsortiumTotals($id: ID!, $from: Date!, $to: Date!) {
  consortiumOverview(consortiumId: $id, from: $from, to: $to) {
    totals {
      counsellingHours
    }
  }
}
    `) as unknown as TypedDocumentString<PlanConsortiumTotalsQuery, PlanConsortiumTotalsQueryVariables>;
export const AddMeetingDocument = new TypedDocumentString(`
    mutation AddMeeting($input: AddMeetingInput!) {
  addMeeting(input: $input) {
    id
    startsAt
    endsAt
    status
    place
    note
    oneOff
    guestCount
    attendanceTakenAt
    cancelReason
    version
    programme {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddMeetingMutation, AddMeetingMutationVariables>;
export const MoveMeetingDocument = new TypedDocumentString(`
    mutation MoveMeeting($input: MoveMeetingInput!) {
  moveMeeting(input: $input) {
    id
    startsAt
    endsAt
    place
    version
  }
}
    `) as unknown as TypedDocumentString<MoveMeetingMutation, MoveMeetingMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(`
    mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) {
  cancelMeeting(id: $id, version: $version, reason: $reason) {
    id
    status
    cancelReason
    version
  }
}
    `) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    id
    status
    guestCount
    attendanceTakenAt
    attendance {
      present
      participant {
        id
        kind
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const MeetingDocument = new TypedDocumentString(`
    query Meeting($id: ID!) {
  meeting(id: $id) {
    id
    status
    guestCount
    attendance {
      present
      participant {
        id
        kind
        displayName
      }
    }
    expected {
      id
      kind
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const ProgrammeMeetingsDocument = new TypedDocumentString(`
    query ProgrammeMeetings($id: ID!, $from: Date, $to: Date, $first: Int, $hFrom: Date!, $hTo: Date!) {
  programme(id: $id) {
    meetings(from: $from, to: $to, first: $first) {
      id
      startsAt
    }
    attendanceHistory(from: $hFrom, to: $hTo) {
      meetingId
      startsAt
      named
      guests
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeMeetingsQuery, ProgrammeMeetingsQueryVariables>;
export const MyNextMeetingsDocument = new TypedDocumentString(`
    query MyNextMeetings {
  myNextMeetings(first: 50) {
    id
    programme {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MyNextMeetingsQuery, MyNextMeetingsQueryVariables>;
export const ParticipantSearchDocument = new TypedDocumentString(`
    query ParticipantSearch($programmeId: ID!, $search: String!, $first: Int) {
  participantSearch(programmeId: $programmeId, search: $search, first: $first) {
    id
    kind
    displayName
  }
}
    `) as unknown as TypedDocumentString<ParticipantSearchQuery, ParticipantSearchQueryVariables>;
export const EnrolDocument = new TypedDocumentString(`
    mutation Enrol($programmeId: ID!, $participantId: ID!, $kind: ParticipantKind!, $enrolledOn: Date) {
  enrol(
    programmeId: $programmeId
    participantId: $participantId
    kind: $kind
    enrolledOn: $enrolledOn
  ) {
    id
    enrolledOn
    status
    completedOn
    hours
    version
    participant {
      id
      kind
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<EnrolMutation, EnrolMutationVariables>;
export const UpdateEnrolmentDocument = new TypedDocumentString(`
    mutation UpdateEnrolment($input: UpdateEnrolmentInput!) {
  updateEnrolment(input: $input) {
    id
    status
    completedOn
    hours
    version
    participant {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateEnrolmentMutation, UpdateEnrolmentMutationVariables>;
export const ProgrammeEnrolmentsDocument = new TypedDocumentString(`
    query ProgrammeEnrolments($id: ID!) {
  programme(id: $id) {
    enrolments {
      status
      hours
      participant {
        id
        kind
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeEnrolmentsQuery, ProgrammeEnrolmentsQueryVariables>;
export const ExpectedParticipantsDocument = new TypedDocumentString(`
    query ExpectedParticipants($id: ID!) {
  meeting(id: $id) {
    expected {
      id
      kind
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ExpectedParticipantsQuery, ExpectedParticipantsQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($search: String) {
  members(search: $search) {
    id
    firstName
    lastName
    kind
    phone
    email
    department {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const ResidentAttendanceDocument = new TypedDocumentString(`
    query ResidentAttendance($id: ID!, $first: Int) {
  resident(id: $id) {
    attendance(first: $first) {
      meetingId
      programmeId
      programmeName
      programmeKind
      startsAt
      present
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentAttendanceQuery, ResidentAttendanceQueryVariables>;
export const RelativeAttendanceDocument = new TypedDocumentString(`
    query RelativeAttendance($id: ID!) {
  relative(id: $id) {
    attendance {
      meetingId
      present
    }
  }
}
    `) as unknown as TypedDocumentString<RelativeAttendanceQuery, RelativeAttendanceQueryVariables>;
export const AccessProgrammesDocument = new TypedDocumentString(`
    query AccessProgrammes {
  programmes {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessProgrammesQuery, AccessProgrammesQueryVariables>;
export const AccessProgrammeDocument = new TypedDocumentString(`
    query AccessProgramme($id: ID!) {
  programme(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessProgrammeQuery, AccessProgrammeQueryVariables>;
export const AccessMeetingDocument = new TypedDocumentString(`
    query AccessMeeting($id: ID!) {
  meeting(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessMeetingQuery, AccessMeetingQueryVariables>;
export const AccessMyNextDocument = new TypedDocumentString(`
    query AccessMyNext {
  myNextMeetings {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessMyNextQuery, AccessMyNextQueryVariables>;
export const AccessMembersDocument = new TypedDocumentString(`
    query AccessMembers {
  members {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessMembersQuery, AccessMembersQueryVariables>;
export const AccessSearchDocument = new TypedDocumentString(`
    query AccessSearch($programmeId: ID!) {
  participantSearch(programmeId: $programmeId, search: "Figure") {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessSearchQuery, AccessSearchQueryVariables>;
export const AccessFiguresDocument = new TypedDocumentString(`
    query AccessFigures {
  programmeFigures(from: "2026-01-01", to: "2026-12-31") {
    meetingsHeld
  }
}
    `) as unknown as TypedDocumentString<AccessFiguresQuery, AccessFiguresQueryVariables>;
export const AccessResidentAttendanceDocument = new TypedDocumentString(`
    query AccessResidentAttendance($id: ID!) {
  resident(id: $id) {
    attendance {
      meetingId
    }
  }
}
    `) as unknown as TypedDocumentString<AccessResidentAttendanceQuery, AccessResidentAttendanceQueryVariables>;
export const AccessCreateProgrammeDocument = new TypedDocumentString(`
    mutation AccessCreateProgramme($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessCreateProgrammeMutation, AccessCreateProgrammeMutationVariables>;
export const AccessUpdateProgrammeDocument = new TypedDocumentString(`
    mutation AccessUpdateProgramme($input: UpdateProgrammeInput!) {
  updateProgramme(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessUpdateProgrammeMutation, AccessUpdateProgrammeMutationVariables>;
export const AccessLeadersDocument = new TypedDocumentString(`
    mutation AccessLeaders($programmeId: ID!, $userIds: [ID!]!, $memberIds: [ID!]!) {
  setProgrammeLeaders(
    programmeId: $programmeId
    userIds: $userIds
    memberIds: $memberIds
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessLeadersMutation, AccessLeadersMutationVariables>;
export const AccessGenerateDocument = new TypedDocumentString(`
    mutation AccessGenerate($programmeId: ID!) {
  generateMeetings(programmeId: $programmeId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessGenerateMutation, AccessGenerateMutationVariables>;
export const AccessAddMeetingDocument = new TypedDocumentString(`
    mutation AccessAddMeeting($input: AddMeetingInput!) {
  addMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAddMeetingMutation, AccessAddMeetingMutationVariables>;
export const AccessMoveMeetingDocument = new TypedDocumentString(`
    mutation AccessMoveMeeting($input: MoveMeetingInput!) {
  moveMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessMoveMeetingMutation, AccessMoveMeetingMutationVariables>;
export const AccessCancelMeetingDocument = new TypedDocumentString(`
    mutation AccessCancelMeeting($id: ID!, $version: Int!) {
  cancelMeeting(id: $id, version: $version, reason: "Access test") {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessCancelMeetingMutation, AccessCancelMeetingMutationVariables>;
export const AccessRecordDocument = new TypedDocumentString(`
    mutation AccessRecord($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessRecordMutation, AccessRecordMutationVariables>;
export const AccessCreateMemberDocument = new TypedDocumentString(`
    mutation AccessCreateMember($input: CreateMemberInput!) {
  createMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessCreateMemberMutation, AccessCreateMemberMutationVariables>;
export const AccessEnrolDocument = new TypedDocumentString(`
    mutation AccessEnrol($programmeId: ID!, $participantId: ID!) {
  enrol(programmeId: $programmeId, participantId: $participantId, kind: MEMBER) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessEnrolMutation, AccessEnrolMutationVariables>;
export const AccessUpdateEnrolmentDocument = new TypedDocumentString(`
    mutation AccessUpdateEnrolment($input: UpdateEnrolmentInput!) {
  updateEnrolment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessUpdateEnrolmentMutation, AccessUpdateEnrolmentMutationVariables>;
export const ProgrammeFiguresDocument = new TypedDocumentString(`
    query ProgrammeFigures($from: Date!, $to: Date!, $departmentId: ID) {
  programmeFigures(from: $from, to: $to, departmentId: $departmentId) {
    programmesActive
    meetingsHeld
    attendances
    namedAttendances
    namedParticipants
    guests
    trainingsHeld
    trainingHours
  }
}
    `) as unknown as TypedDocumentString<ProgrammeFiguresQuery, ProgrammeFiguresQueryVariables>;
export const GenerateMeetingsDocument = new TypedDocumentString(`
    mutation GenerateMeetings($programmeId: ID!) {
  generateMeetings(programmeId: $programmeId) {
    id
    startsAt
    endsAt
    oneOff
    status
  }
}
    `) as unknown as TypedDocumentString<GenerateMeetingsMutation, GenerateMeetingsMutationVariables>;
export const ScheduleUpdateProgrammeDocument = new TypedDocumentString(`
    mutation ScheduleUpdateProgramme($input: UpdateProgrammeInput!) {
  updateProgramme(input: $input) {
    id
    version
    status
    schedule {
      intervalWeeks
      weekday
      startTime
      endTime
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleUpdateProgrammeMutation, ScheduleUpdateProgrammeMutationVariables>;
export const ScheduleMoveMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMoveMeeting($input: MoveMeetingInput!) {
  moveMeeting(input: $input) {
    id
    startsAt
    version
  }
}
    `) as unknown as TypedDocumentString<ScheduleMoveMeetingMutation, ScheduleMoveMeetingMutationVariables>;
export const ScheduleCancelMeetingDocument = new TypedDocumentString(`
    mutation ScheduleCancelMeeting($id: ID!, $version: Int!, $reason: String!) {
  cancelMeeting(id: $id, version: $version, reason: $reason) {
    id
    status
    cancelReason
  }
}
    `) as unknown as TypedDocumentString<ScheduleCancelMeetingMutation, ScheduleCancelMeetingMutationVariables>;
export const ScheduleNextMeetingsDocument = new TypedDocumentString(`
    query ScheduleNextMeetings($id: ID!) {
  programme(id: $id) {
    schedule {
      weekday
      startTime
      endTime
    }
    nextMeetings(first: 20) {
      id
      startsAt
      endsAt
      status
      oneOff
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleNextMeetingsQuery, ScheduleNextMeetingsQueryVariables>;
export const CreateProgrammeDocument = new TypedDocumentString(`
    mutation CreateProgramme($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    id
    name
    kind
    audience
    mode
    place
    meetingLink
    description
    goalDomains
    status
    startsOn
    endsOn
    version
    schedule {
      intervalWeeks
      weekday
      startTime
      endTime
    }
    department {
      id
      name
    }
    leaders {
      kind
      displayName
      userId
      memberId
    }
  }
}
    `) as unknown as TypedDocumentString<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const UpdateProgrammeDocument = new TypedDocumentString(`
    mutation UpdateProgramme($input: UpdateProgrammeInput!) {
  updateProgramme(input: $input) {
    id
    name
    place
    description
    goalDomains
    endsOn
    status
    version
    department {
      id
    }
    schedule {
      weekday
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const SetProgrammeLeadersDocument = new TypedDocumentString(`
    mutation SetProgrammeLeaders($programmeId: ID!, $userIds: [ID!]!, $memberIds: [ID!]!) {
  setProgrammeLeaders(
    programmeId: $programmeId
    userIds: $userIds
    memberIds: $memberIds
  ) {
    id
    leaders {
      kind
      displayName
      userId
      memberId
    }
  }
}
    `) as unknown as TypedDocumentString<SetProgrammeLeadersMutation, SetProgrammeLeadersMutationVariables>;
export const ProgrammesDocument = new TypedDocumentString(`
    query Programmes($status: ProgrammeStatus, $kind: ProgrammeKind, $departmentId: ID, $mine: Boolean, $first: Int) {
  programmes(
    status: $status
    kind: $kind
    departmentId: $departmentId
    mine: $mine
    first: $first
  ) {
    id
    name
    goalDomains
    schedule {
      weekday
      startTime
    }
    department {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammesQuery, ProgrammesQueryVariables>;
export const ProgrammeDocument = new TypedDocumentString(`
    query Programme($id: ID!) {
  programme(id: $id) {
    id
    name
    leaders {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeQuery, ProgrammeQueryVariables>;
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
export const PossibleDuplicatesDocument = new TypedDocumentString(`
    query PossibleDuplicates($firstName: String!, $lastName: String!, $dateOfBirth: Date!) {
  possibleDuplicates(
    firstName: $firstName
    lastName: $lastName
    dateOfBirth: $dateOfBirth
  ) {
    id
    firstName
    lastName
  }
}
    `) as unknown as TypedDocumentString<PossibleDuplicatesQuery, PossibleDuplicatesQueryVariables>;
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
export const ErasureRecordDocument = new TypedDocumentString(`
    mutation ErasureRecord($input: RecordErasureRequestInput!) {
  recordErasureRequest(input: $input) {
    id
    subjectKind
    subjectId
    subjectName
    receivedOn
    channel
    staffNote
    status
    version
    retainedUntil
    recordedByName
  }
}
    `) as unknown as TypedDocumentString<ErasureRecordMutation, ErasureRecordMutationVariables>;
export const ErasureCarryOutDocument = new TypedDocumentString(`
    mutation ErasureCarryOut($input: DecideErasureRequestInput!) {
  carryOutErasureRequest(input: $input) {
    id
    subjectName
    status
    staffNote
    erasedRows
    decidedByName
    version
  }
}
    `) as unknown as TypedDocumentString<ErasureCarryOutMutation, ErasureCarryOutMutationVariables>;
export const ErasureRefuseDocument = new TypedDocumentString(`
    mutation ErasureRefuse($input: RefuseErasureRequestInput!) {
  refuseErasureRequest(input: $input) {
    id
    subjectName
    status
    refusalReason
    staffNote
    version
  }
}
    `) as unknown as TypedDocumentString<ErasureRefuseMutation, ErasureRefuseMutationVariables>;
export const ErasureListDocument = new TypedDocumentString(`
    query ErasureList($status: ErasureRequestStatus, $first: Int) {
  erasureRequests(status: $status, first: $first) {
    totalCount
    requests {
      id
      subjectKind
      subjectId
      subjectName
      staffNote
      status
      refusalReason
      retainedUntil
      erasedRows
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureListQuery, ErasureListQueryVariables>;
export const ErasurePolicyDocument = new TypedDocumentString(`
    query ErasurePolicy {
  retentionPolicy {
    months
    legalBasis
    isDefault
    version
  }
}
    `) as unknown as TypedDocumentString<ErasurePolicyQuery, ErasurePolicyQueryVariables>;
export const ErasureSetPolicyDocument = new TypedDocumentString(`
    mutation ErasureSetPolicy($input: SetRetentionPolicyInput!) {
  setRetentionPolicy(input: $input) {
    months
    legalBasis
    isDefault
    version
  }
}
    `) as unknown as TypedDocumentString<ErasureSetPolicyMutation, ErasureSetPolicyMutationVariables>;
export const ErasureReviewDocument = new TypedDocumentString(`
    query ErasureReview($first: Int, $offset: Int) {
  retentionReview(first: $first, offset: $offset) {
    activeSince
    months
    totalCount
    people {
      kind
      id
      name
      lastActivityOn
      pendingRequestId
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureReviewQuery, ErasureReviewQueryVariables>;
export const ErasureCaseFileDocument = new TypedDocumentString(`
    query ErasureCaseFile($id: ID!) {
  resident(id: $id) {
    id
    firstName
    lastName
    dateOfBirth
    phone
    email
    counsellingSessions {
      id
      notes
      durationMinutes
      occurredOn
    }
  }
}
    `) as unknown as TypedDocumentString<ErasureCaseFileQuery, ErasureCaseFileQueryVariables>;
export const ErasureFiguresDocument = new TypedDocumentString(`
    query ErasureFigures($from: Date!, $to: Date!) {
  metricFigures(from: $from, to: $to) {
    metric
    value
  }
}
    `) as unknown as TypedDocumentString<ErasureFiguresQuery, ErasureFiguresQueryVariables>;
export const PrivacyErasureFiguresDocument = new TypedDocumentString(`
    query PrivacyErasureFigures($from: Date!, $to: Date!) {
  counsellingTotals(from: $from, to: $to) {
    totalMinutes
    sessions
    residents
  }
  goalsByDomain(from: $from, to: $to) {
    domain
    planned
    inProgress
    achieved
    abandoned
    total
  }
  occupancyOverTime(from: $from, to: $to) {
    date
    residents
    beds
    rate
  }
  helplineFigures(from: $from, to: $to) {
    contacts
    contactMinutes
    anonymousContacts
    bereavedFollowedUp
  }
  programmeFigures(from: $from, to: $to) {
    attendances
    namedAttendances
    namedParticipants
    meetingsHeld
    trainingHours
  }
  materialSupportFigures(from: $from, to: $to) {
    handouts
    parcels
  }
}
    `) as unknown as TypedDocumentString<PrivacyErasureFiguresQuery, PrivacyErasureFiguresQueryVariables>;
export const SubjectAccessStartDocument = new TypedDocumentString(`
    mutation SubjectAccessStart($input: StartExportInput!) {
  startExport(input: $input) {
    id
    status
    kind
    format
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessStartMutation, SubjectAccessStartMutationVariables>;
export const SubjectAccessJobDocument = new TypedDocumentString(`
    query SubjectAccessJob($id: ID!) {
  exportJob(id: $id) {
    id
    status
    error
    fileName
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessJobQuery, SubjectAccessJobQueryVariables>;
export const SubjectAccessCounsellorReadDocument = new TypedDocumentString(`
    query SubjectAccessCounsellorRead($id: ID!) {
  resident(id: $id) {
    id
    firstName
    lastName
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessCounsellorReadQuery, SubjectAccessCounsellorReadQueryVariables>;
export const SubjectAccessGoalProgressDocument = new TypedDocumentString(`
    mutation SubjectAccessGoalProgress($input: UpdateGoalProgressInput!) {
  updateGoalProgress(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessGoalProgressMutation, SubjectAccessGoalProgressMutationVariables>;
export const SubjectAccessConsentDocument = new TypedDocumentString(`
    mutation SubjectAccessConsent($input: RecordConsortiumConsentInput!) {
  recordConsortiumConsent(input: $input) {
    given
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessConsentMutation, SubjectAccessConsentMutationVariables>;
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
export const ObsSignInDocument = new TypedDocumentString(`
    mutation ObsSignIn($input: LoginInput!) {
  login(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<ObsSignInMutation, ObsSignInMutationVariables>;
export const ObsCaseloadDocument = new TypedDocumentString(`
    query ObsCaseload {
  residents(first: 50) {
    edges {
      node {
        id
        firstName
        lastName
        email
        phone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ObsCaseloadQuery, ObsCaseloadQueryVariables>;
export const ObsCaseFileDocument = new TypedDocumentString(`
    query ObsCaseFile($id: ID!) {
  resident(id: $id) {
    firstName
    counsellingSessions(first: 20) {
      notes
    }
  }
}
    `) as unknown as TypedDocumentString<ObsCaseFileQuery, ObsCaseFileQueryVariables>;
export const ObsNewResidentDocument = new TypedDocumentString(`
    mutation ObsNewResident($input: CreateResidentInput!) {
  createResident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ObsNewResidentMutation, ObsNewResidentMutationVariables>;
export const ObsLogSessionDocument = new TypedDocumentString(`
    mutation ObsLogSession($input: LogCounsellingSessionInput!) {
  logCounsellingSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ObsLogSessionMutation, ObsLogSessionMutationVariables>;
export const SharedStatePlansDocument = new TypedDocumentString(`
    query SharedStatePlans {
  strategicPlans {
    id
    name
    periodStart
    periodEnd
  }
}
    `) as unknown as TypedDocumentString<SharedStatePlansQuery, SharedStatePlansQueryVariables>;
export const SharedStateStartExportDocument = new TypedDocumentString(`
    mutation SharedStateStartExport($input: StartExportInput!) {
  startExport(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SharedStateStartExportMutation, SharedStateStartExportMutationVariables>;
export const SharedStateExportJobDocument = new TypedDocumentString(`
    query SharedStateExportJob($id: ID!) {
  exportJob(id: $id) {
    id
    status
    error
    fileName
  }
}
    `) as unknown as TypedDocumentString<SharedStateExportJobQuery, SharedStateExportJobQueryVariables>;
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
export const FactoryCreateDepartmentDocument = new TypedDocumentString(`
    mutation FactoryCreateDepartment($input: CreateDepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateDepartmentMutation, FactoryCreateDepartmentMutationVariables>;
export const FactoryLogHelplineContactDocument = new TypedDocumentString(`
    mutation FactoryLogHelplineContact($input: LogHelplineContactInput!) {
  logHelplineContact(input: $input) {
    id
    occurredAt
  }
}
    `) as unknown as TypedDocumentString<FactoryLogHelplineContactMutation, FactoryLogHelplineContactMutationVariables>;
export const FactoryStartGriefFollowUpDocument = new TypedDocumentString(`
    mutation FactoryStartGriefFollowUp($input: StartGriefFollowUpInput!) {
  startGriefFollowUp(input: $input) {
    id
    version
    contacts {
      id
      plannedOn
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryStartGriefFollowUpMutation, FactoryStartGriefFollowUpMutationVariables>;
export const FactoryRecordHandoutDocument = new TypedDocumentString(`
    mutation FactoryRecordHandout($input: RecordHandoutInput!) {
  recordHandout(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryRecordHandoutMutation, FactoryRecordHandoutMutationVariables>;
export const FactoryCreateProgrammeDocument = new TypedDocumentString(`
    mutation FactoryCreateProgramme($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateProgrammeMutation, FactoryCreateProgrammeMutationVariables>;
export const FactoryAddMeetingDocument = new TypedDocumentString(`
    mutation FactoryAddMeeting($input: AddMeetingInput!) {
  addMeeting(input: $input) {
    id
    version
    startsAt
  }
}
    `) as unknown as TypedDocumentString<FactoryAddMeetingMutation, FactoryAddMeetingMutationVariables>;
export const FactoryRecordAttendanceDocument = new TypedDocumentString(`
    mutation FactoryRecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    id
    status
    guestCount
  }
}
    `) as unknown as TypedDocumentString<FactoryRecordAttendanceMutation, FactoryRecordAttendanceMutationVariables>;
export const FactoryCreateMemberDocument = new TypedDocumentString(`
    mutation FactoryCreateMember($input: CreateMemberInput!) {
  createMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateMemberMutation, FactoryCreateMemberMutationVariables>;
export const FactoryEnrolDocument = new TypedDocumentString(`
    mutation FactoryEnrol($programmeId: ID!, $participantId: ID!, $kind: ParticipantKind!, $enrolledOn: Date) {
  enrol(
    programmeId: $programmeId
    participantId: $participantId
    kind: $kind
    enrolledOn: $enrolledOn
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<FactoryEnrolMutation, FactoryEnrolMutationVariables>;
export const FactoryCreatePlanDocument = new TypedDocumentString(`
    mutation FactoryCreatePlan($input: CreateStrategicPlanInput!) {
  createStrategicPlan(input: $input) {
    id
    version
    periodStart
    periodEnd
  }
}
    `) as unknown as TypedDocumentString<FactoryCreatePlanMutation, FactoryCreatePlanMutationVariables>;
export const FactoryAddObjectiveDocument = new TypedDocumentString(`
    mutation FactoryAddObjective($input: AddObjectiveInput!) {
  addObjective(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryAddObjectiveMutation, FactoryAddObjectiveMutationVariables>;
export const FactoryAddIndicatorDocument = new TypedDocumentString(`
    mutation FactoryAddIndicator($input: AddIndicatorInput!) {
  addIndicator(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<FactoryAddIndicatorMutation, FactoryAddIndicatorMutationVariables>;
export const FactoryAddMilestoneDocument = new TypedDocumentString(`
    mutation FactoryAddMilestone($input: AddMilestoneInput!) {
  addMilestone(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryAddMilestoneMutation, FactoryAddMilestoneMutationVariables>;