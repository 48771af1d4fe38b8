/**
 * Vocabulary of the work outside the houses: departments, programmes (groups, courses,
 * digital meeting places …) with meetings and attendance, the relatives' helpline and
 * material support. Shared by the API and the web client.
 */

export enum DepartmentStatus {
  ACTIVE = 'ACTIVE',
  /** Paused since `statusSince`, with a reason (e.g. "paused after the summer"). */
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

/** One programme model for every kind of group work (ADR 0008). */
export enum ProgrammeKind {
  SUPPORT_GROUP = 'SUPPORT_GROUP',
  ACTIVITY = 'ACTIVITY',
  /** A course or training: enrolment, completion and hours. */
  COURSE = 'COURSE',
  DIGITAL_MEETING_PLACE = 'DIGITAL_MEETING_PLACE',
  SEMINAR = 'SEMINAR',
  CAFE = 'CAFE',
}

/** Kinds counted as trainings in the figures (trainings held, training hours). */
export const TRAINING_KINDS: readonly ProgrammeKind[] = [ProgrammeKind.COURSE, ProgrammeKind.SEMINAR];

export enum ProgrammeAudience {
  RESIDENTS = 'RESIDENTS',
  RELATIVES = 'RELATIVES',
  YOUNG_RELATIVES = 'YOUNG_RELATIVES',
  VOLUNTEERS = 'VOLUNTEERS',
  STAFF = 'STAFF',
  OPEN = 'OPEN',
}

export enum MeetingMode {
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
}

export enum ProgrammeStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}

export enum MeetingStatus {
  /** Planned (generated from the schedule or added as a one-off); attendance not taken yet. */
  SCHEDULED = 'SCHEDULED',
  /** Attendance was taken: the meeting counts as held. */
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

/** Who a named participant or a volunteer leader is. */
export enum ParticipantKind {
  RESIDENT = 'RESIDENT',
  RELATIVE = 'RELATIVE',
  /** A volunteer or member who is neither a resident nor a relative. */
  MEMBER = 'MEMBER',
}

/** A programme leader: a staff member (user account) or a volunteer (member record). */
export enum LeaderKind {
  STAFF = 'STAFF',
  VOLUNTEER = 'VOLUNTEER',
}

export enum MemberKind {
  VOLUNTEER = 'VOLUNTEER',
  MEMBER = 'MEMBER',
}

export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  DID_NOT_COMPLETE = 'DID_NOT_COMPLETE',
}

export enum ContactChannel {
  PHONE = 'PHONE',
  CHAT = 'CHAT',
  EMAIL = 'EMAIL',
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
}

export enum CallerKind {
  RELATIVE = 'RELATIVE',
  PERSON_WITH_ADDICTION = 'PERSON_WITH_ADDICTION',
  BEREAVED = 'BEREAVED',
  PROFESSIONAL = 'PROFESSIONAL',
  OTHER = 'OTHER',
}

export enum HelplineTopic {
  SUBSTANCE_USE = 'SUBSTANCE_USE',
  GRIEF_AFTER_OVERDOSE = 'GRIEF_AFTER_OVERDOSE',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  PRACTICAL_LEGAL = 'PRACTICAL_LEGAL',
  OTHER = 'OTHER',
}

export enum ContactOutcome {
  INFORMATION_GIVEN = 'INFORMATION_GIVEN',
  /** `referredTo` says where. */
  REFERRED = 'REFERRED',
  FOLLOW_UP_BOOKED = 'FOLLOW_UP_BOOKED',
  OTHER = 'OTHER',
}

export enum FollowUpStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  ENDED = 'ENDED',
}

export enum PlannedContactStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  MISSED = 'MISSED',
  CANCELLED = 'CANCELLED',
}

export enum HandoutKind {
  FOOD_PARCEL = 'FOOD_PARCEL',
  CLOTHING = 'CLOTHING',
  TRANSPORT = 'TRANSPORT',
  OTHER = 'OTHER',
}

export const PROGRAMME_KINDS: readonly ProgrammeKind[] = Object.values(ProgrammeKind);
export const PROGRAMME_AUDIENCES: readonly ProgrammeAudience[] = Object.values(ProgrammeAudience);
export const CONTACT_CHANNELS: readonly ContactChannel[] = Object.values(ContactChannel);
export const CALLER_KINDS: readonly CallerKind[] = Object.values(CallerKind);
export const HELPLINE_TOPICS: readonly HelplineTopic[] = Object.values(HelplineTopic);
export const CONTACT_OUTCOMES: readonly ContactOutcome[] = Object.values(ContactOutcome);
export const HANDOUT_KINDS: readonly HandoutKind[] = Object.values(HandoutKind);

/** How far ahead meetings are generated from a programme's schedule. */
export const MEETINGS_AHEAD_WEEKS = 6;
/** A schedule repeats every 1 (weekly) to 4 weeks. */
export const SCHEDULE_INTERVAL_WEEKS = { min: 1, max: 4 } as const;
/** Anonymous guests at one meeting; handouts in one record. */
export const GUEST_COUNT = { min: 0, max: 10_000 } as const;
export const HANDOUT_QUANTITY = { min: 1, max: 10_000 } as const;
/** Minutes of one helpline contact. */
export const CONTACT_MINUTES = { min: 0, max: 600 } as const;
/** Hours credited for one course enrolment. */
export const ENROLMENT_HOURS = { min: 0, max: 1_000 } as const;

/** The longest texts of these records, in characters. */
export const PROGRAMME_TEXT_MAX = {
  name: 200,
  place: 300,
  reason: 500,
  description: 4_000,
  meetingLink: 500,
  note: 2_000,
  referredTo: 300,
} as const;
