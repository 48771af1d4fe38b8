/** A form's shown errors: a code (the form's own type) per field. */
export type ShownErrors<Field extends string, Code> = Partial<Record<Field, Code>>;

/**
 * The errors after `fields` changed: each shown error goes as soon as its field is valid
 * (or changes to the field's new problem); errors of other fields stay as they are, and a
 * field without a shown error gets none until the next submit (no scolding while typing).
 */
export function errorsAfterChange<Field extends string, Code>(
  current: ShownErrors<Field, Code>,
  now: ShownErrors<Field, Code>,
  fields: readonly Field[],
): ShownErrors<Field, Code> {
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
