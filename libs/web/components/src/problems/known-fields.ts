import type { FieldErrors } from './validation-code';

/**
 * The API names invalid fields in `extensions.fields` by their input path,
 * e.g. `durationMinutes` or `input.durationMinutes`. Returns the errors for the
 * fields this form shows, all as `serverRejected` (the API's own text is English).
 */
export function serverFieldErrors<Field extends string>(
  reported: Record<string, string>,
  shown: readonly Field[],
): FieldErrors<Field> {
  const names = Object.keys(reported).map((path) => path.replace(/^input\./, '').split('.')[0] ?? path);
  const errors: FieldErrors<Field> = {};
  for (const field of shown) if (names.includes(field)) errors[field] = 'serverRejected';
  return errors;
}
