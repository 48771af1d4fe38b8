import { dateFieldCode, optionalPastDateCode, validatePerson, type ValidationCode } from '@bridgeway/web-components';
import type { CreateResidentInput } from '@bridgeway/web-graphql';

export interface NewResidentDraft {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  intakeDate: string;
  phone: string;
  email: string;
  /** A counsellor may name only themselves as key worker (the API refuses anyone else). */
  meAsKeyWorker: boolean;
}

export type NewResidentField = 'firstName' | 'lastName' | 'dateOfBirth' | 'intakeDate' | 'phone' | 'email' | 'keyWorkerId';
/** `beforeBirth`: an intake before the date of birth (the API refuses it too). */
export type NewResidentCode = ValidationCode | 'beforeBirth';
export type NewResidentErrors = Partial<Record<NewResidentField, NewResidentCode>>;

/** The fields the form shows an API field error at (the API names them as in CreateResidentInput). */
export const newResidentFields: readonly NewResidentField[] = ['firstName', 'lastName', 'dateOfBirth', 'intakeDate', 'phone', 'email', 'keyWorkerId'];

export function newResidentDraft(today: string): NewResidentDraft {
  return { firstName: '', lastName: '', dateOfBirth: '', intakeDate: today, phone: '', email: '', meAsKeyWorker: true };
}

/** The form's own checks; the API checks the same and more (e-mail, phone), answered at the field. */
export function validateNewResident(draft: NewResidentDraft, today: string): NewResidentErrors {
  const errors: NewResidentErrors = { ...validatePerson(draft) };
  const birth = optionalPastDateCode(draft.dateOfBirth, today);
  if (birth) errors.dateOfBirth = birth;
  const intake = dateFieldCode(draft.intakeDate, today);
  if (intake) errors.intakeDate = intake;
  else if (draft.dateOfBirth && !errors.dateOfBirth && draft.intakeDate < draft.dateOfBirth) errors.intakeDate = 'beforeBirth';
  return errors;
}

export function createResidentInputOf(draft: NewResidentDraft, myUserId: string | null): CreateResidentInput {
  return {
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    dateOfBirth: draft.dateOfBirth || null,
    intakeDate: draft.intakeDate,
    phone: draft.phone.trim() || null,
    email: draft.email.trim() || null,
    keyWorkerId: draft.meAsKeyWorker && myUserId ? myUserId : null,
  };
}
