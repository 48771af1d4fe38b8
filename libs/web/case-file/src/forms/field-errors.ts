import type { ValidationCode } from '@bridgeway/web-components';

/** A form's own codes besides the shared ones. */
export type FormCode = ValidationCode | 'beforeBirth';
export type FormErrors<Field extends string> = Partial<Record<Field, FormCode>>;

/**
 * The errors after `fields` changed: each shown error goes as soon as its field is valid
 * (or changes to the field's new problem); errors of other fields stay as they are.
 */
export function errorsAfterChange<Field extends string>(
  current: FormErrors<Field>,
  now: FormErrors<Field>,
  fields: readonly Field[],
): FormErrors<Field> {
  const kept = { ...current };
  for (const field of fields) {
    if (!kept[field]) continue;
    if (now[field]) kept[field] = now[field];
    else delete kept[field];
  }
  return kept;
}

/** Moves focus to the first field marked invalid, so a keyboard or screen-reader user lands on the problem. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
