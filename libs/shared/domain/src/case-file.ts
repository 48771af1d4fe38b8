/** Vocabulary of the case file, shared by the API and the web client. */

export enum SessionKind {
  INDIVIDUAL = 'INDIVIDUAL',
  FAMILY = 'FAMILY',
  GROUP = 'GROUP',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
}

export enum GoalDomain {
  WORK = 'WORK',
  FINANCES = 'FINANCES',
  FAMILY = 'FAMILY',
  DAILY_ROUTINE = 'DAILY_ROUTINE',
  LIVING_SKILLS = 'LIVING_SKILLS',
  SOCIAL_NETWORK = 'SOCIAL_NETWORK',
  HEALTH = 'HEALTH',
  SOBRIETY = 'SOBRIETY',
  HOUSING = 'HOUSING',
  EDUCATION = 'EDUCATION',
}

export enum GoalStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
  ABANDONED = 'ABANDONED',
}

export enum ResidentStatus {
  /** Has an open stay in a residence. */
  IN_RESIDENCE = 'IN_RESIDENCE',
  /** Supported outside a residence (before, after or instead of a stay). */
  FOLLOW_UP = 'FOLLOW_UP',
  CLOSED = 'CLOSED',
}

export enum DischargeReason {
  COMPLETED = 'COMPLETED',
  MOVED_ON = 'MOVED_ON',
  RELAPSE = 'RELAPSE',
  LEFT_WITHOUT_NOTICE = 'LEFT_WITHOUT_NOTICE',
  OTHER = 'OTHER',
}

export enum Relationship {
  PARENT = 'PARENT',
  PARTNER = 'PARTNER',
  CHILD = 'CHILD',
  SIBLING = 'SIBLING',
  OTHER_FAMILY = 'OTHER_FAMILY',
  FRIEND = 'FRIEND',
  OTHER = 'OTHER',
}

/** The enums' values in the order lists show them. */
export const SESSION_KINDS: readonly SessionKind[] = Object.values(SessionKind);
export const GOAL_DOMAINS: readonly GoalDomain[] = Object.values(GoalDomain);
export const GOAL_STATUSES: readonly GoalStatus[] = Object.values(GoalStatus);
export const DISCHARGE_REASONS: readonly DischargeReason[] = Object.values(DischargeReason);

/** Whole minutes of a counselling session. */
export const SESSION_MINUTES = { min: 1, max: 600 } as const;
/** A session can be corrected or withdrawn (by its counsellor or a manager) for this many days after it was logged. */
export const SESSION_CHANGE_DAYS = 14;
/** The reason given for correcting or withdrawing a session. */
export const SESSION_CHANGE_REASON_MAX = 500;
/** A goal's progress in percent. */
export const PROGRESS = { min: 0, max: 100 } as const;

/** The longest texts the API accepts, in characters; the web client checks the same before sending. */
export const TEXT_MAX = {
  goalTitle: 200,
  goalDescription: 4_000,
  goalNote: 2_000,
  sessionNotes: 20_000,
  /** Each solution-focused field of a session (hopes, resources, useful experience, next step). */
  sessionField: 4_000,
  dischargeNote: 2_000,
} as const;
