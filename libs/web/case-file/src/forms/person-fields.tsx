import { SimpleGrid, TextInput } from '@mantine/core';
import { isIsoDate, useValidationMessage } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from './field-errors';

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
export function validatePerson(draft: PersonDraft): FormErrors<PersonField> {
  const errors: FormErrors<PersonField> = {};
  for (const field of ['firstName', 'lastName'] as const) {
    const value = draft[field].trim();
    if (!value) errors[field] = 'required';
    else if (value.length > maxPersonNameLength) errors[field] = 'tooLong';
  }
  return errors;
}

/** A date that may be empty: then it must be a real date, not after today. */
export function optionalPastDateCode(value: string, today: string): FormErrors<'date'>['date'] {
  if (!value) return undefined;
  if (!isIsoDate(value)) return 'dateInvalid';
  if (value > today) return 'dateInFuture';
  return undefined;
}

interface PersonFieldsProps<Field extends string> {
  draft: PersonDraft;
  errors: FormErrors<Field | PersonField>;
  onChange(field: PersonField, value: string): void;
}

/** First and last name, phone and e-mail: two columns on wider screens, one on a phone. */
export function PersonFields<Field extends string>({ draft, errors, onChange }: PersonFieldsProps<Field>) {
  const { t } = useTranslation('case-file');
  const validationMessage = useValidationMessage();
  const messageOf = (field: PersonField) => {
    const code = errors[field];
    return code === 'beforeBirth' ? undefined : validationMessage(code, { max: maxPersonNameLength });
  };
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
      <TextInput
        label={t('forms.person.firstName')}
        required
        withAsterisk
        autoComplete="off"
        value={draft.firstName}
        onChange={(event) => onChange('firstName', event.currentTarget.value)}
        error={messageOf('firstName')}
      />
      <TextInput
        label={t('forms.person.lastName')}
        required
        withAsterisk
        autoComplete="off"
        value={draft.lastName}
        onChange={(event) => onChange('lastName', event.currentTarget.value)}
        error={messageOf('lastName')}
      />
      <TextInput
        type="tel"
        label={t('forms.person.phone')}
        autoComplete="off"
        value={draft.phone}
        onChange={(event) => onChange('phone', event.currentTarget.value)}
        error={messageOf('phone')}
      />
      <TextInput
        type="email"
        label={t('forms.person.email')}
        autoComplete="off"
        value={draft.email}
        onChange={(event) => onChange('email', event.currentTarget.value)}
        error={messageOf('email')}
      />
    </SimpleGrid>
  );
}
