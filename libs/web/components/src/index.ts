// Building blocks for the feature pages. Imported only from lazily loaded
// pages, so nothing here reaches the first bundle.
export { apiProblemFrom, type ApiProblem, type ApiProblemKind } from './problems/api-problem';
export { serverFieldErrors } from './problems/known-fields';
export { dateFieldCode, useValidationMessage, type FieldErrors, type ValidationCode } from './problems/validation-code';
export { submissionFailureOf, type SubmissionFailure } from './problems/submission';
export { errorsAfterChange, focusFirstInvalid, type ShownErrors } from './problems/field-errors';
export { ProblemAlert } from './problems/problem-alert';
export { QueryState } from './problems/query-state';
export { createFormatters, type Formatters } from './format/formatters';
export { useFormatters } from './format/use-formatters';
export { isIsoDate, isoDate, isoMonthOf, monthStartIsoDate, todayIsoDate, utcDateOf } from './format/iso-dates';
export { FiguresTable, type FiguresColumn } from './figures/figures-table';
export { ChartBox } from './figures/chart-box';
export { chartColours, chartInitialSize } from './figures/chart-colours';
export { SectionCard } from './layout/section-card';
export { PageHeader } from './layout/page-header';
export { FormDialog } from './layout/form-dialog';
export { DepartmentFilter } from './department-filter';
export { ChartWithTable } from './figures/chart-with-table';
export { defaultPeriod, isValidPeriod, type Period } from './period/period';
export { PeriodPicker } from './period/period-picker';
export {
  PersonFields,
  maxPersonNameLength,
  optionalPastDateCode,
  personDraftOf,
  ResidentDateFields,
  validatePerson,
  type PersonDraft,
  type PersonField,
} from './person/person-fields';
