import type { ValidationCode } from '@bridgeway/web-components';

/** A form's own codes besides the shared ones. */
export type FormCode = ValidationCode | 'beforeBirth';
export type FormErrors<Field extends string> = Partial<Record<Field, FormCode>>;

// The mechanism is shared with the other libraries' forms (caseload, stays).
export { errorsAfterChange, focusFirstInvalid } from '@bridgeway/web-components';
