import { HANDOUT_QUANTITY, HandoutKind, PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import { dateFieldCode, type ValidationCode } from '@bridgeway/web-components';
import type { HandoutKind as HandoutKindValue, RecordHandoutInput } from '@bridgeway/web-graphql';

/** Who received it: a number of people not named, or one resident's or relative's record. */
export type RecipientKind = 'ANONYMOUS' | 'RESIDENT' | 'RELATIVE';

export interface HandoutDraft {
  handedOutOn: string;
  kind: HandoutKindValue;
  /** As typed; numbers once valid. */
  quantity: number | string;
  /** Not chosen yet: '' (case workers choose; a group leader records anonymous handouts only). */
  recipientKind: RecipientKind | '';
  anonymousRecipients: number | string;
  residentId: string;
  relativeId: string;
  departmentId: string;
  note: string;
}

export type HandoutField = keyof HandoutDraft;
export type HandoutErrorCode = ValidationCode | 'countRange' | 'chooseRecipient';
export type HandoutErrors = Partial<Record<HandoutField, HandoutErrorCode>>;

export const handoutFields: readonly HandoutField[] = [
  'handedOutOn',
  'kind',
  'quantity',
  'recipientKind',
  'anonymousRecipients',
  'residentId',
  'relativeId',
  'departmentId',
  'note',
];
export const handoutCount = HANDOUT_QUANTITY;
export const maxHandoutNoteLength = PROGRAMME_TEXT_MAX.note;

/** Today, one food parcel; the recipient is chosen (group leaders: anonymous only). */
export function newHandoutDraft(today: string, anonymousOnly: boolean, departmentId: string | null): HandoutDraft {
  return {
    handedOutOn: today,
    kind: HandoutKind.FOOD_PARCEL,
    quantity: 1,
    recipientKind: anonymousOnly ? 'ANONYMOUS' : '',
    anonymousRecipients: '',
    residentId: '',
    relativeId: '',
    departmentId: departmentId ?? '',
    note: '',
  };
}

const isCount = (value: number | string) =>
  typeof value === 'number' && Number.isInteger(value) && value >= handoutCount.min && value <= handoutCount.max;

export function validateHandout(draft: HandoutDraft, today: string): HandoutErrors {
  const errors: HandoutErrors = {};
  const date = dateFieldCode(draft.handedOutOn, today);
  if (date) errors.handedOutOn = date;
  if (!isCount(draft.quantity)) errors.quantity = 'countRange';
  if (draft.recipientKind === '') errors.recipientKind = 'chooseRecipient';
  if (draft.recipientKind === 'ANONYMOUS' && !isCount(draft.anonymousRecipients))
    errors.anonymousRecipients = 'countRange';
  if (draft.recipientKind === 'RESIDENT' && !draft.residentId) errors.residentId = 'chooseOne';
  if (draft.recipientKind === 'RELATIVE' && !draft.relativeId) errors.relativeId = 'chooseOne';
  if (draft.note.length > maxHandoutNoteLength) errors.note = 'tooLong';
  return errors;
}

/** The mutation input of a valid draft: exactly one kind of recipient; blanks left out. */
export function handoutInputOf(draft: HandoutDraft): RecordHandoutInput {
  const input: RecordHandoutInput = {
    handedOutOn: draft.handedOutOn,
    kind: draft.kind,
    quantity: Number(draft.quantity),
  };
  if (draft.recipientKind === 'ANONYMOUS') input.anonymousRecipients = Number(draft.anonymousRecipients);
  if (draft.recipientKind === 'RESIDENT') input.residentId = draft.residentId;
  if (draft.recipientKind === 'RELATIVE') input.relativeId = draft.relativeId;
  if (draft.departmentId) input.departmentId = draft.departmentId;
  const note = draft.note.trim();
  if (note) input.note = note;
  return input;
}
