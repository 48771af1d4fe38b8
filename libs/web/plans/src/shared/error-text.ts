import { useValidationMessage, type ValidationCode } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';

/** This library's own reasons to refuse a value, beside the shared validation codes. */
export const ownErrorCodes = [
  'endNotAfterStart',
  'periodTooLong',
  'numberInvalid',
  'negative',
  'tooLarge',
  'twoDecimals',
  'currencyInvalid',
  'yearOutsidePlan',
] as const;
export type OwnErrorCode = (typeof ownErrorCodes)[number];
export type PlanErrorCode = ValidationCode | OwnErrorCode;

const isOwn = (code: PlanErrorCode): code is OwnErrorCode => (ownErrorCodes as readonly string[]).includes(code);

/** The message for a field's error code in the UI language (`max`: the longest text allowed). */
export function useErrorText(): (code: PlanErrorCode | undefined, max?: number) => string | undefined {
  const { t } = useTranslation('plans');
  const validationMessage = useValidationMessage();
  return (code, max) => {
    if (!code) return undefined;
    return isOwn(code) ? t(`errors.${code}`) : validationMessage(code, { max });
  };
}

/** Moves the focus to the first field Mantine marked invalid (on the next frame, after it rendered). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
