import {
  CONTACT_MINUTES,
  CallerKind,
  ContactChannel,
  ContactOutcome,
  PROGRAMME_TEXT_MAX,
} from '@bridgeway/shared-domain';
import type { ValidationCode } from '@bridgeway/web-components';
import type {
  CallerKind as CallerKindValue,
  ContactChannel as ContactChannelValue,
  ContactOutcome as ContactOutcomeValue,
  HelplineTopic,
  LogHelplineContactInput,
} from '@bridgeway/web-graphql';

/** What the quick-entry form holds while a call goes on. */
export interface ContactDraft {
  channel: ContactChannelValue;
  callerKind: CallerKindValue;
  /** As typed; a number once valid. */
  durationMinutes: number | string;
  topics: HelplineTopic[];
  outcome: ContactOutcomeValue;
  referredTo: string;
  notes: string;
  /** `YYYY-MM-DDTHH:MM` (local) when the contact was earlier; empty = now (the API's default). */
  occurredAt: string;
  /** A linked relative (managers and counsellors only); empty = anonymous. */
  relativeId: string;
}

export type ContactField = keyof ContactDraft;
/** `contactMinutes`: the helpline's own range (0–600), unlike a counselling session's. */
export type ContactErrorCode = ValidationCode | 'contactMinutes' | 'timeInFuture';
export type ContactErrors = Partial<Record<ContactField, ContactErrorCode>>;

export const contactFields: readonly ContactField[] = [
  'channel',
  'callerKind',
  'durationMinutes',
  'topics',
  'outcome',
  'referredTo',
  'notes',
  'occurredAt',
  'relativeId',
];
export const contactMinutes = CONTACT_MINUTES;
export const maxReferredToLength = PROGRAMME_TEXT_MAX.referredTo;
export const maxNotesLength = PROGRAMME_TEXT_MAX.note;

/** The defaults of the most common contact: a relative on the phone, information given. */
export function newContactDraft(): ContactDraft {
  return {
    channel: ContactChannel.PHONE,
    callerKind: CallerKind.RELATIVE,
    durationMinutes: '',
    topics: [],
    outcome: ContactOutcome.INFORMATION_GIVEN,
    referredTo: '',
    notes: '',
    occurredAt: '',
    relativeId: '',
  };
}

export function validateContact(draft: ContactDraft, now: Date = new Date()): ContactErrors {
  const errors: ContactErrors = {};
  const minutes = draft.durationMinutes;
  if (
    typeof minutes !== 'number' ||
    !Number.isInteger(minutes) ||
    minutes < contactMinutes.min ||
    minutes > contactMinutes.max
  ) {
    errors.durationMinutes = 'contactMinutes';
  }
  if (draft.outcome === ContactOutcome.REFERRED && !draft.referredTo.trim()) errors.referredTo = 'required';
  if (draft.referredTo.length > maxReferredToLength) errors.referredTo = 'tooLong';
  if (draft.notes.length > maxNotesLength) errors.notes = 'tooLong';
  if (draft.occurredAt) {
    const at = new Date(draft.occurredAt);
    if (Number.isNaN(at.getTime())) errors.occurredAt = 'dateInvalid';
    else if (at.getTime() > now.getTime()) errors.occurredAt = 'timeInFuture';
  }
  return errors;
}

/**
 * The mutation input of a valid draft. Blank texts and unset options are left out, so the API
 * applies its defaults (now, no relative: anonymous); "referred to" only goes with REFERRED.
 */
export function contactInputOf(draft: ContactDraft, departmentId: string | null): LogHelplineContactInput {
  const input: LogHelplineContactInput = {
    durationMinutes: Number(draft.durationMinutes),
    channel: draft.channel,
    callerKind: draft.callerKind,
    topics: draft.topics,
    outcome: draft.outcome,
  };
  const referredTo = draft.referredTo.trim();
  if (draft.outcome === ContactOutcome.REFERRED && referredTo) input.referredTo = referredTo;
  const notes = draft.notes.trim();
  if (notes) input.notes = notes;
  if (draft.occurredAt) input.occurredAt = new Date(draft.occurredAt).toISOString();
  if (departmentId) input.departmentId = departmentId;
  if (draft.relativeId) input.relativeId = draft.relativeId;
  return input;
}
