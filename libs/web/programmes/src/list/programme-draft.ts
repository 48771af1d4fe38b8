import {
  GOAL_DOMAINS,
  PROGRAMME_TEXT_MAX,
  SCHEDULE_INTERVAL_WEEKS,
  MeetingMode,
  ProgrammeAudience,
  ProgrammeKind,
} from '@bridgeway/shared-domain';
import type { CreateProgrammeInput, GoalDomain } from '@bridgeway/web-graphql';
import { isIsoDate, type ValidationCode } from '@bridgeway/web-components';
import { leaderIdsOf } from '../shared/leader-choice';

export type Repeats = 'none' | 'weekly' | 'everyNWeeks';

/** The "New programme" form as typed (strings as the inputs hold them). */
export interface ProgrammeDraft {
  name: string;
  kind: ProgrammeKind;
  audience: ProgrammeAudience;
  mode: MeetingMode;
  place: string;
  meetingLink: string;
  departmentId: string;
  description: string;
  goalDomains: GoalDomain[];
  startsOn: string;
  repeats: Repeats;
  intervalWeeks: number | string;
  /** ISO weekday, 1 = Monday, as the select's value. */
  weekday: string;
  startTime: string;
  endTime: string;
  /** Chosen leaders as picker keys (see leader-choice). */
  leaders: string[];
}

export const programmeFields = [
  'name',
  'kind',
  'audience',
  'mode',
  'place',
  'meetingLink',
  'departmentId',
  'description',
  'goalDomains',
  'startsOn',
  'schedule',
  'intervalWeeks',
  'weekday',
  'startTime',
  'endTime',
  // The API's names for the leaders; the form shows both on the leader picker.
  'leaderUserIds',
  'leaderMemberIds',
] as const;
export type ProgrammeField = (typeof programmeFields)[number];

/** The shared validation codes, plus this form's own. */
export type ProgrammeErrorCode = ValidationCode | 'endNotAfterStart' | 'linkInvalid' | 'intervalRange';
export type ProgrammeErrors = Partial<Record<ProgrammeField, ProgrammeErrorCode>>;

export function newProgrammeDraft(today: string): ProgrammeDraft {
  return {
    name: '',
    kind: ProgrammeKind.SUPPORT_GROUP,
    audience: ProgrammeAudience.RESIDENTS,
    mode: MeetingMode.IN_PERSON,
    place: '',
    meetingLink: '',
    departmentId: '',
    description: '',
    goalDomains: [],
    startsOn: today,
    repeats: 'weekly',
    intervalWeeks: 2,
    weekday: '4',
    startTime: '18:00',
    endTime: '19:30',
    leaders: [],
  };
}

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

export function validateProgramme(draft: ProgrammeDraft): ProgrammeErrors {
  const errors: ProgrammeErrors = {};
  if (!draft.name.trim()) errors.name = 'required';
  else if (draft.name.trim().length > PROGRAMME_TEXT_MAX.name) errors.name = 'tooLong';
  if (draft.place.trim().length > PROGRAMME_TEXT_MAX.place) errors.place = 'tooLong';
  if (draft.description.trim().length > PROGRAMME_TEXT_MAX.description) errors.description = 'tooLong';
  const link = draft.meetingLink.trim();
  if (link.length > PROGRAMME_TEXT_MAX.meetingLink) errors.meetingLink = 'tooLong';
  else if (!link && draft.mode === MeetingMode.VIDEO) errors.meetingLink = 'required';
  else if (link && !/^https?:\/\/\S+$/i.test(link)) errors.meetingLink = 'linkInvalid';
  if (!draft.startsOn) errors.startsOn = 'dateRequired';
  else if (!isIsoDate(draft.startsOn)) errors.startsOn = 'dateInvalid';
  if (draft.repeats !== 'none') {
    if (draft.repeats === 'everyNWeeks') {
      const weeks = Number(draft.intervalWeeks);
      if (!Number.isInteger(weeks) || weeks < SCHEDULE_INTERVAL_WEEKS.min || weeks > SCHEDULE_INTERVAL_WEEKS.max) {
        errors.intervalWeeks = 'intervalRange';
      }
    }
    if (!time.test(draft.startTime)) errors.startTime = 'required';
    if (!time.test(draft.endTime)) errors.endTime = 'required';
    else if (!errors.startTime && draft.endTime <= draft.startTime) errors.endTime = 'endNotAfterStart';
  }
  return errors;
}

const optional = (value: string) => value.trim() || null;

/** What the API gets: place for meetings in person, the link for video; the schedule when it repeats. */
export function createProgrammeInputOf(draft: ProgrammeDraft): CreateProgrammeInput {
  const video = draft.mode === MeetingMode.VIDEO;
  const { userIds, memberIds } = leaderIdsOf(draft.leaders);
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    audience: draft.audience,
    mode: draft.mode,
    place: video ? null : optional(draft.place),
    meetingLink: video ? optional(draft.meetingLink) : null,
    departmentId: draft.departmentId || null,
    description: optional(draft.description),
    goalDomains: GOAL_DOMAINS.filter((domain) => draft.goalDomains.includes(domain)),
    startsOn: draft.startsOn,
    schedule:
      draft.repeats === 'none'
        ? null
        : {
            intervalWeeks: draft.repeats === 'weekly' ? 1 : Number(draft.intervalWeeks),
            weekday: Number(draft.weekday),
            startTime: draft.startTime,
            endTime: draft.endTime,
          },
    leaderUserIds: userIds,
    leaderMemberIds: memberIds,
  };
}
