import { apiProblemFrom, type ApiProblem } from './api-problem';
import { serverFieldErrors } from './known-fields';
import type { FieldErrors } from './validation-code';

export type SubmissionFailure<Field extends string> =
  { kind: 'fields'; errors: FieldErrors<Field> } | { kind: 'problem'; problem: ApiProblem };

/**
 * What a failed mutation means for a form: field messages when the API named
 * fields the form shows, else a problem for the alert above the form.
 */
export function submissionFailureOf<Field extends string>(
  error: unknown,
  shownFields: readonly Field[],
): SubmissionFailure<Field> {
  const problem = apiProblemFrom(error);
  if (problem.kind === 'invalidInput') {
    const errors = serverFieldErrors(problem.fields, shownFields);
    if (Object.keys(errors).length > 0) return { kind: 'fields', errors };
  }
  return { kind: 'problem', problem };
}
