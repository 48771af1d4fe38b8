import type {
  CallerKind,
  ContactChannel,
  ContactOutcome,
  DepartmentStatus,
  EnrolmentStatus,
  FollowUpStatus,
  GoalDomain,
  HandoutKind,
  HelplineTopic,
  MeetingMode,
  MeetingStatus,
  MemberKind,
  PlannedContactStatus,
  ProgrammeAudience,
  ProgrammeKind,
  ProgrammeStatus,
  Role,
} from '@bridgeway/shared-domain';

/**
 * The rows of one tenant's demo programmes, helpline and material support as plain data: the
 * planner is a pure function of what the tenant already holds (staff, residents, relatives),
 * its fixed seed and the seeding day; insert-programmes.ts writes them.
 */

/** What the planner reads from the tenant's records (ordered by id, so plans are stable). */
export interface TenantFacts {
  tenantId: string;
  slug: string;
  timeZone: string;
  staff: { id: string; email: string; role: Role }[];
  residents: { id: string; intakeDate: string; closed: boolean; lastContact: string | null }[];
  relatives: { id: string; since: string; linked: boolean }[];
  /** Departments the tenant already has, by name (reused instead of created). */
  departments: { id: string; name: string }[];
}

export interface DepartmentRow {
  id: string;
  name: string;
  place: string | null;
  status: DepartmentStatus;
  statusSince: string | null;
  statusReason: string | null;
  createdAt: Date;
}

export interface MemberRow {
  id: string;
  firstName: string;
  lastName: string;
  kind: MemberKind;
  phone: string | null;
  email: string | null;
  departmentId: string | null;
  createdAt: Date;
}

export interface ProgrammeRow {
  id: string;
  name: string;
  kind: ProgrammeKind;
  audience: ProgrammeAudience;
  mode: MeetingMode;
  place: string | null;
  meetingLink: string | null;
  description: string | null;
  departmentId: string | null;
  goalDomains: GoalDomain[];
  status: ProgrammeStatus;
  startsOn: string;
  endsOn: string | null;
  scheduleIntervalWeeks: number | null;
  /** ISO weekday, 1 = Monday. */
  scheduleWeekday: number | null;
  scheduleStartTime: string | null;
  scheduleEndTime: string | null;
  createdAt: Date;
}

export interface LeaderRow {
  id: string;
  programmeId: string;
  userId: string | null;
  memberId: string | null;
}

export interface MeetingRow {
  id: string;
  programmeId: string;
  startsAt: Date;
  endsAt: Date;
  scheduledFor: Date | null;
  status: MeetingStatus;
  cancelReason: string | null;
  place: string | null;
  guestCount: number;
  note: string | null;
  attendanceTakenAt: Date | null;
  attendanceTakenById: string | null;
  createdAt: Date;
}

/** Exactly one of residentId, relativeId, memberId. */
export interface ParticipantRef {
  residentId: string | null;
  relativeId: string | null;
  memberId: string | null;
}

export interface AttendanceRow extends ParticipantRef {
  id: string;
  meetingId: string;
  present: boolean;
  recordedById: string;
  recordedAt: Date;
}

export interface EnrolmentRow extends ParticipantRef {
  id: string;
  programmeId: string;
  enrolledOn: string;
  status: EnrolmentStatus;
  completedOn: string | null;
  /** numeric(6,1) as text. */
  hours: string | null;
  createdAt: Date;
}

export interface HelplineContactRow {
  id: string;
  occurredAt: Date;
  durationMinutes: number;
  channel: ContactChannel;
  callerKind: CallerKind;
  topics: HelplineTopic[];
  outcome: ContactOutcome;
  referredTo: string | null;
  notes: string | null;
  relativeId: string | null;
  residentId: string | null;
  departmentId: string | null;
  recordedById: string;
  createdAt: Date;
}

export interface GriefFollowUpRow {
  id: string;
  relativeId: string;
  startedOn: string;
  status: FollowUpStatus;
  responsibleId: string;
  departmentId: string | null;
  note: string | null;
  createdAt: Date;
}

export interface PlannedContactRow {
  id: string;
  followUpId: string;
  plannedOn: string;
  status: PlannedContactStatus;
  doneOn: string | null;
  note: string | null;
  createdAt: Date;
}

export interface HandoutRow {
  id: string;
  handedOutOn: string;
  kind: HandoutKind;
  quantity: number;
  residentId: string | null;
  relativeId: string | null;
  anonymousRecipients: number | null;
  departmentId: string | null;
  note: string | null;
  recordedById: string;
  createdAt: Date;
}

export interface ProgrammesPlan {
  tenantId: string;
  /** New departments only (existing ones with the same name are reused). */
  departments: DepartmentRow[];
  /** Staff member → department. */
  staffDepartments: { userId: string; departmentId: string }[];
  /** The department the tenant's residences without one belong to (R.O.T: the head office). */
  residencesDepartmentId: string | null;
  members: MemberRow[];
  programmes: ProgrammeRow[];
  leaders: LeaderRow[];
  meetings: MeetingRow[];
  attendance: AttendanceRow[];
  enrolments: EnrolmentRow[];
  helplineContacts: HelplineContactRow[];
  griefFollowUps: GriefFollowUpRow[];
  plannedContacts: PlannedContactRow[];
  handouts: HandoutRow[];
}

export const emptyPlan = (tenantId: string): ProgrammesPlan => ({
  tenantId,
  departments: [],
  staffDepartments: [],
  residencesDepartmentId: null,
  members: [],
  programmes: [],
  leaders: [],
  meetings: [],
  attendance: [],
  enrolments: [],
  helplineContacts: [],
  griefFollowUps: [],
  plannedContacts: [],
  handouts: [],
});
