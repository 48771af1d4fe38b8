import { PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import { isIsoDate, type ValidationCode } from '@bridgeway/web-components';
import type { StartGriefFollowUpInput } from '@bridgeway/web-graphql';

export interface FollowUpDraft {
  relativeId: string;
  startedOn: string;
  /** One date input per planned contact, `YYYY-MM-DD`. */
  plannedOn: string[];
  note: string;
}

export type FollowUpField = 'relativeId' | 'startedOn' | 'plannedOn' | 'note';
export type FollowUpErrorCode = ValidationCode | 'noPlannedContact' | 'plannedBeforeStart';
export interface FollowUpErrors {
  relativeId?: FollowUpErrorCode;
  startedOn?: FollowUpErrorCode;
  note?: FollowUpErrorCode;
  /** The list as a whole (none given). */
  plannedOn?: FollowUpErrorCode;
  /** Per date input, by index. */
  dates?: Record<number, FollowUpErrorCode>;
}

export const followUpFields: readonly FollowUpField[] = ['relativeId', 'startedOn', 'plannedOn', 'note'];
export const maxFollowUpNoteLength = PROGRAMME_TEXT_MAX.note;

export function newFollowUpDraft(today: string): FollowUpDraft {
  return { relativeId: '', startedOn: today, plannedOn: [''], note: '' };
}

export function validateFollowUp(draft: FollowUpDraft): FollowUpErrors {
  const errors: FollowUpErrors = {};
  if (!draft.relativeId) errors.relativeId = 'chooseOne';
  if (!draft.startedOn) errors.startedOn = 'dateRequired';
  else if (!isIsoDate(draft.startedOn)) errors.startedOn = 'dateInvalid';
  const dates: Record<number, FollowUpErrorCode> = {};
  draft.plannedOn.forEach((date, index) => {
    if (!date) return; // an empty extra row is left out
    if (!isIsoDate(date)) dates[index] = 'dateInvalid';
    else if (isIsoDate(draft.startedOn) && date < draft.startedOn) dates[index] = 'plannedBeforeStart';
  });
  if (Object.keys(dates).length > 0) errors.dates = dates;
  if (!draft.plannedOn.some(Boolean)) errors.plannedOn = 'noPlannedContact';
  if (draft.note.length > maxFollowUpNoteLength) errors.note = 'tooLong';
  return errors;
}

export function hasFollowUpErrors(errors: FollowUpErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** The mutation input of a valid draft: dates sorted and without repeats, a blank note left out. */
export function followUpInputOf(draft: FollowUpDraft, departmentId: string | null): StartGriefFollowUpInput {
  const input: StartGriefFollowUpInput = {
    relativeId: draft.relativeId,
    startedOn: draft.startedOn,
    plannedOn: [...new Set(draft.plannedOn.filter(Boolean))].sort(),
  };
  const note = draft.note.trim();
  if (note) input.note = note;
  if (departmentId) input.departmentId = departmentId;
  return input;
}
