import type { DischargeReason, GoalDomain, GoalStatus, Relationship, ResidentStatus, Role, SessionKind } from '@bridgeway/shared-domain';

/**
 * The rows of one tenant's demo case files, as plain data: the generator only plans
 * (pure functions of a profile, the staff list and a seed); insert-plan.ts writes them.
 * Ids of other rows are plain ids within the same tenant.
 */

/** A staff member of the tenant, as the planner needs them. */
export interface StaffMember {
  id: string;
  email: string;
  role: Role;
}

export interface ResidenceRow {
  id: string;
  name: string;
  address: string;
  openedOn: string;
  closedOn: null;
  createdAt: Date;
}

export interface BedRow {
  id: string;
  residenceId: string;
  room: string;
  label: string;
  retiredOn: null;
  createdAt: Date;
}

export interface ResidentRow {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string | null;
  email: string | null;
  keyWorkerId: string;
  status: ResidentStatus;
  intakeDate: string;
  createdAt: Date;
}

export interface StayRow {
  id: string;
  residentId: string;
  residenceId: string;
  bedId: string;
  admittedOn: string;
  dischargedOn: string | null;
  dischargeReason: DischargeReason | null;
  dischargeNote: string | null;
  admittedById: string;
  createdAt: Date;
}

export interface RelativeRow {
  id: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  createdAt: Date;
}

export interface ResidentRelativeRow {
  id: string;
  residentId: string;
  relativeId: string;
  relationship: Relationship;
  createdAt: Date;
}

export interface SessionRow {
  id: string;
  residentId: string | null;
  relativeId: string | null;
  counsellorId: string;
  occurredOn: string;
  durationMinutes: number;
  kind: SessionKind;
  domains: GoalDomain[];
  notes: string | null;
  hopes: string | null;
  resources: string | null;
  usefulExperience: string | null;
  nextStep: string | null;
  createdAt: Date;
}

export interface GoalRow {
  id: string;
  residentId: string;
  domain: GoalDomain;
  title: string;
  description: string | null;
  targetDate: string;
  status: GoalStatus;
  progress: number;
  /** 1 + the number of changes after creation (= the number of its events). */
  version: number;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface GoalEventRow {
  id: string;
  goalId: string;
  changedById: string;
  changedAt: Date;
  /** null on the creation event. */
  fromStatus: GoalStatus | null;
  toStatus: GoalStatus;
  fromProgress: number | null;
  toProgress: number;
  note: string | null;
}

export interface AssessmentRow {
  id: string;
  residentId: string;
  instrumentCode: string;
  takenOn: string;
  /** Item scores in the instrument's item order. */
  scores: number[];
  total: number;
  assessedById: string;
  createdAt: Date;
}

export interface CaseFilePlan {
  tenantId: string;
  residences: ResidenceRow[];
  beds: BedRow[];
  residents: ResidentRow[];
  stays: StayRow[];
  relatives: RelativeRow[];
  residentRelatives: ResidentRelativeRow[];
  goals: GoalRow[];
  goalEvents: GoalEventRow[];
  sessions: SessionRow[];
  assessments: AssessmentRow[];
}
