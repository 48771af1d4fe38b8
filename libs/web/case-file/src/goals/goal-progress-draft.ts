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
export const maxGoalNoteLength = 2000;

export function validateGoalProgress(draft: GoalProgressDraft): GoalProgressErrors {
  const errors: GoalProgressErrors = {};
  const { progress } = draft;
  if (typeof progress !== 'number' || !Number.isInteger(progress) || progress < 0 || progress > 100)
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

const statuses: readonly string[] = ['PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'ABANDONED'];

/** Reads `extensions.current` defensively: only well-formed values count. */
export function goalNowFrom(current: Record<string, unknown> | null): GoalNow | null {
  if (!current) return null;
  const { version, progress, status } = current;
  if (
    typeof version !== 'number' ||
    typeof progress !== 'number' ||
    typeof status !== 'string' ||
    !statuses.includes(status)
  ) {
    return null;
  }
  return { version, progress, status: status as GoalStatus };
}
