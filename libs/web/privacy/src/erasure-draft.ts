import { ERASURE_TEXT_MAX, MAX_RETENTION_MONTHS } from '@bridgeway/shared-domain';
import { dateFieldCode, type FieldErrors } from '@bridgeway/web-components';
import type { DataSubjectKind, ErasureRequestChannel, RecordErasureRequestInput } from '@bridgeway/web-graphql';

export const subjectKinds: readonly DataSubjectKind[] = ['RESIDENT', 'RELATIVE', 'MEMBER'];
export const channels: readonly ErasureRequestChannel[] = ['IN_PERSON', 'LETTER', 'EMAIL', 'PHONE', 'OTHER'];

/** The person a request is for, as chosen in the form (or handed over by the retention review). */
export interface ChosenPerson {
  kind: DataSubjectKind;
  id: string;
  name: string;
}

/** What the record form holds. */
export interface RequestDraft {
  kind: DataSubjectKind;
  person: ChosenPerson | null;
  receivedOn: string;
  channel: ErasureRequestChannel | '';
  staffNote: string;
}

export type RequestField = 'person' | 'receivedOn' | 'channel' | 'staffNote';
export const requestFields: readonly RequestField[] = ['person', 'receivedOn', 'channel', 'staffNote'];

/** The API's rules, checked before sending: a person, a past or today's date, a channel, a short note. */
export function validateRequest(draft: RequestDraft, today: string): FieldErrors<RequestField> {
  const errors: FieldErrors<RequestField> = {};
  if (!draft.person) errors.person = 'chooseOne';
  const date = dateFieldCode(draft.receivedOn, today);
  if (date) errors.receivedOn = date;
  if (!draft.channel) errors.channel = 'chooseOne';
  if (draft.staffNote.trim().length > ERASURE_TEXT_MAX.staffNote) errors.staffNote = 'tooLong';
  return errors;
}

/** The input sent for a valid draft (its person chosen). */
export function requestInputOf(draft: RequestDraft, person: ChosenPerson): RecordErasureRequestInput {
  return {
    subjectKind: person.kind,
    subjectId: person.id,
    receivedOn: draft.receivedOn,
    channel: draft.channel as ErasureRequestChannel,
    staffNote: draft.staffNote.trim() || null,
  };
}

/** Whole months from 0 to the maximum, as typed; null when not. */
export function monthsOf(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const months = Number(text.trim());
  return months <= MAX_RETENTION_MONTHS ? months : null;
}
