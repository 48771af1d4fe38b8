import { DISCHARGE_REASONS, TEXT_MAX } from '@bridgeway/shared-domain';
import { dateFieldCode, type FieldErrors } from '@bridgeway/web-components';
import type { DischargeReason } from '@bridgeway/web-graphql';

export interface DischargeDraft {
  dischargedOn: string;
  reason: DischargeReason | '';
  note: string;
}

export type DischargeField = keyof DischargeDraft;
export type DischargeErrors = FieldErrors<DischargeField>;

export const dischargeReasons: readonly DischargeReason[] = DISCHARGE_REASONS;
export const maxDischargeNoteLength = TEXT_MAX.dischargeNote;

/** `admittedOn` and `today` are `YYYY-MM-DD`. */
export function validateDischarge(draft: DischargeDraft, admittedOn: string | null, today: string): DischargeErrors {
  const errors: DischargeErrors = {};
  const dischargedOn = dateFieldCode(draft.dischargedOn, today);
  if (dischargedOn) errors.dischargedOn = dischargedOn;
  else if (admittedOn && draft.dischargedOn < admittedOn) errors.dischargedOn = 'beforeAdmission';
  if (!draft.reason) errors.reason = 'chooseOne';
  if (draft.note.length > maxDischargeNoteLength) errors.note = 'tooLong';
  return errors;
}
