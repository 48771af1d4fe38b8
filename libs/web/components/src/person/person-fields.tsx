import { SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../format/iso-dates';
import { useValidationMessage, type ValidationCode } from '../problems/validation-code';

/** The longest first or last name the API takes. */
export const maxPersonNameLength = 100;

export interface PersonDraft {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
}

export type PersonField = keyof PersonDraft;

export function personDraftOf(person: { firstName: string; lastName: string; phone: string | null; email: string | null }): PersonDraft {
  return { firstName: person.firstName, lastName: person.lastName, phone: person.phone ?? '', email: person.email ?? '' };
}

/** Names are required and at most 100 characters; phone and e-mail are checked by the API (answered at the field). */
export function validatePerson(draft: PersonDraft): Partial<Record<PersonField, ValidationCode>> {
  const errors: Partial<Record<PersonField, ValidationCode>> = {};
  for (const field of ['firstName', 'lastName'] as const) {
    const value = draft[field].trim();
    if (!value) errors[field] = 'required';
    else if (value.length > maxPersonNameLength) errors[field] = 'tooLong';
  }
  return errors;
}

/** A date that may be empty: then it must be a real date, not after today. */
export function optionalPastDateCode(value: string, today: string): ValidationCode | undefined {
  if (!value) return undefined;
  if (!isIsoDate(value)) return 'dateInvalid';
  if (value > today) return 'dateInFuture';
  return undefined;
}

interface PersonFieldsProps {
  draft: PersonDraft;
  /** The form's shown errors; only the four person fields are read (their codes are shared ones). */
  errors: Partial<Record<PersonField, string>>;
  onChange(field: PersonField, value: string): void;
  /** Fields placed between the names and the contact (a resident's dates), in the same grid. */
  children?: ReactNode;
}

/**
 * First and last name, phone and e-mail of a resident or a relative: two columns on wider
 * screens, one on a phone. Used by the new-resident, edit-resident and relative forms.
 */
export function PersonFields({ draft, errors, onChange, children }: PersonFieldsProps) {
  const { t } = useTranslation('components');
  const validationMessage = useValidationMessage();
  const messageOf = (field: PersonField) =>
    validationMessage(errors[field] as ValidationCode | undefined, { max: maxPersonNameLength });
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
      <TextInput
        label={t('person.firstName')}
        required
        withAsterisk
        autoComplete="off"
        value={draft.firstName}
        onChange={(event) => onChange('firstName', event.currentTarget.value)}
        error={messageOf('firstName')}
      />
      <TextInput
        label={t('person.lastName')}
        required
        withAsterisk
        autoComplete="off"
        value={draft.lastName}
        onChange={(event) => onChange('lastName', event.currentTarget.value)}
        error={messageOf('lastName')}
      />
      {children}
      <TextInput
        type="tel"
        label={t('person.phone')}
        autoComplete="off"
        value={draft.phone}
        onChange={(event) => onChange('phone', event.currentTarget.value)}
        error={messageOf('phone')}
      />
      <TextInput
        type="email"
        label={t('person.email')}
        autoComplete="off"
        value={draft.email}
        onChange={(event) => onChange('email', event.currentTarget.value)}
        error={messageOf('email')}
      />
    </SimpleGrid>
  );
}

interface ResidentDateFieldsProps {
  dateOfBirth: string;
  intakeDate: string;
  /** Neither date may lie after today (the API refuses it too). */
  today: string;
  onChange(field: 'dateOfBirth' | 'intakeDate', value: string): void;
  /** The shown message of a field, if any (the form's own mapping of its error codes). */
  messageOf(field: 'dateOfBirth' | 'intakeDate'): string | undefined;
}

/** A resident's date of birth (optional) and intake date: what PersonFields places between names and contact. */
export function ResidentDateFields({ dateOfBirth, intakeDate, today, onChange, messageOf }: ResidentDateFieldsProps) {
  const { t } = useTranslation('components');
  return (
    <>
      <TextInput
        type="date"
        label={t('person.dateOfBirth')}
        max={today}
        value={dateOfBirth}
        onChange={(event) => onChange('dateOfBirth', event.currentTarget.value)}
        error={messageOf('dateOfBirth')}
      />
      <TextInput
        type="date"
        label={t('person.intakeDate')}
        required
        withAsterisk
        max={today}
        value={intakeDate}
        onChange={(event) => onChange('intakeDate', event.currentTarget.value)}
        error={messageOf('intakeDate')}
      />
    </>
  );
}
