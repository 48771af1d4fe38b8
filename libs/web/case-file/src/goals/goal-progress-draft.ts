import { GOAL_STATUSES, PROGRESS, TEXT_MAX } from '@bridgeway/shared-domain';
import type { FieldErrors } from '@bridgeway/web-components';
import type { GoalStatus } from '@bridgeway/web-graphql';

export interface GoalProgressDraft {
  /** As typed; a number once valid. */
  progress: number | string;
  status: GoalStatus;
  note: string;
}

export type GoalProgressField = keyof GoalProgressDraft;
export type GoalProgressErrors = FieldErrors<GoalProgressField>;
export const maxGoalNoteLength = TEXT_MAX.goalNote;

export function validateGoalProgress(draft: GoalProgressDraft): GoalProgressErrors {
  const errors: GoalProgressErrors = {};
  const { progress } = draft;
  if (typeof progress !== 'number' || !Number.isInteger(progress) || progress < PROGRESS.min || progress > PROGRESS.max)
    errors.progress = 'progressRange';
  if (draft.note.length > maxGoalNoteLength) errors.note = 'tooLong';
  return errors;
}

/** What the server says the goal is now, from a CONFLICT's `extensions.current` or a refetch. */
export interface GoalNow {
  version: number;
  progress: number;
  status: GoalStatus;
}

/** Reads `extensions.current` defensively: only well-formed values count. */
export function goalNowFrom(current: Record<string, unknown> | null): GoalNow | null {
  if (!current) return null;
  const { version, progress, status } = current;
  if (
    typeof version !== 'number' ||
    typeof progress !== 'number' ||
    typeof status !== 'string' ||
    !(GOAL_STATUSES as readonly string[]).includes(status)
  ) {
    return null;
  }
  return { version, progress, status: status as GoalStatus };
}
