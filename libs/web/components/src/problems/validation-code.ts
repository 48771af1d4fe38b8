import { PROGRESS, SESSION_MINUTES } from '@bridgeway/shared-domain';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../format/iso-dates';

/** Why a field is not accepted; each has a message under `validation.*`. */
export type ValidationCode =
  | 'required'
  | 'chooseOne'
  | 'dateRequired'
  | 'dateInvalid'
  | 'dateInFuture'
  | 'beforeAdmission'
  | 'tooLong'
  | 'minutesRange'
  | 'progressRange'
  | 'serverRejected';

export type FieldErrors<Field extends string> = Partial<Record<Field, ValidationCode>>;

/** The ranges the messages name: the API's (shared-domain). */
const ranges: Partial<Record<ValidationCode, { min: number; max: number }>> = {
  minutesRange: SESSION_MINUTES,
  progressRange: PROGRESS,
};

/** The message for a validation code, in the UI language (`max` for tooLong). */
export function useValidationMessage(): (
  code: ValidationCode | undefined,
  values?: { max?: number },
) => string | undefined {
  const { t } = useTranslation('components');
  return (code, values) => (code ? t(`validation.${code}`, { max: values?.max ?? 0, ...ranges[code] }) : undefined);
}

/** Problems of a date field that must be a real date, not after today (`YYYY-MM-DD`). */
export function dateFieldCode(value: string, today: string): ValidationCode | undefined {
  if (!value) return 'dateRequired';
  if (!isIsoDate(value)) return 'dateInvalid';
  if (value > today) return 'dateInFuture';
  return undefined;
}
