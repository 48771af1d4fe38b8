import { dateFieldCode, type FieldErrors } from '@bridgeway/web-components';

export interface AdmitDraft {
  residentId: string;
  residenceId: string;
  bedId: string;
  admittedOn: string;
}

export type AdmitField = keyof AdmitDraft;
export type AdmitErrors = FieldErrors<AdmitField>;

/** Problems with an admission before it is sent; `today` is `YYYY-MM-DD`. */
export function validateAdmission(draft: AdmitDraft, today: string): AdmitErrors {
  const errors: AdmitErrors = {};
  if (!draft.residentId) errors.residentId = 'chooseOne';
  if (!draft.residenceId) errors.residenceId = 'chooseOne';
  if (!draft.bedId) errors.bedId = 'chooseOne';
  const admittedOn = dateFieldCode(draft.admittedOn, today);
  if (admittedOn) errors.admittedOn = admittedOn;
  return errors;
}
