import { SESSION_MINUTES, SessionKind, TEXT_MAX } from '@bridgeway/shared-domain';
import { dateFieldCode, type FieldErrors } from '@bridgeway/web-components';
import type { GoalDomain, SessionKind as SessionKindValue } from '@bridgeway/web-graphql';

export interface SessionDraft {
  occurredOn: string;
  /** As typed; a number once valid. */
  durationMinutes: number | string;
  kind: SessionKindValue;
  domains: GoalDomain[];
  notes: string;
  hopes: string;
  resources: string;
  usefulExperience: string;
  nextStep: string;
}

export type SessionField = keyof SessionDraft;
export type SessionErrors = FieldErrors<SessionField>;

export const sessionFields: readonly SessionField[] = [
  'occurredOn',
  'durationMinutes',
  'kind',
  'domains',
  'notes',
  'hopes',
  'resources',
  'usefulExperience',
  'nextStep',
];
export const sessionMinutes = { ...SESSION_MINUTES, default: 45 } as const;
/** As the API allows (shared-domain): the notes, and each solution-focused field. */
export const maxSessionNotesLength = TEXT_MAX.sessionNotes;
export const maxSessionFieldLength = TEXT_MAX.sessionField;

/** A new session's defaults: today, 45 minutes, individual. */
export function newSessionDraft(today: string): SessionDraft {
  return {
    occurredOn: today,
    durationMinutes: sessionMinutes.default,
    kind: SessionKind.INDIVIDUAL,
    domains: [],
    notes: '',
    hopes: '',
    resources: '',
    usefulExperience: '',
    nextStep: '',
  };
}

const structuredFields = ['hopes', 'resources', 'usefulExperience', 'nextStep'] as const;

export function validateSession(draft: SessionDraft, today: string): SessionErrors {
  const errors: SessionErrors = {};
  const occurredOn = dateFieldCode(draft.occurredOn, today);
  if (occurredOn) errors.occurredOn = occurredOn;
  const minutes = draft.durationMinutes;
  if (
    typeof minutes !== 'number' ||
    !Number.isInteger(minutes) ||
    minutes < sessionMinutes.min ||
    minutes > sessionMinutes.max
  ) {
    errors.durationMinutes = 'minutesRange';
  }
  if (draft.notes.length > maxSessionNotesLength) errors.notes = 'tooLong';
  for (const field of structuredFields) if (draft[field].length > maxSessionFieldLength) errors[field] = 'tooLong';
  return errors;
}

/** The mutation input: blank texts become null. Call only for a valid draft. */
export function sessionInputOf(residentId: string, draft: SessionDraft) {
  const text = (value: string) => value.trim() || null;
  return {
    residentId,
    occurredOn: draft.occurredOn,
    durationMinutes: Number(draft.durationMinutes),
    kind: draft.kind,
    domains: draft.domains,
    notes: text(draft.notes),
    hopes: text(draft.hopes),
    resources: text(draft.resources),
    usefulExperience: text(draft.usefulExperience),
    nextStep: text(draft.nextStep),
  };
}
