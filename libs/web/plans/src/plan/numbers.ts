import type { OwnErrorCode } from '../shared/error-text';

/** What a number field holds: Mantine's NumberInput gives a number, or a string while incomplete or empty. */
export type NumberValue = number | string;

/** The API's largest target or baseline. */
export const FIGURE_MAX = 1e12;

/** A required or optional figure (target, baseline, amount): a finite number from 0. */
export function figureOf(
  value: NumberValue,
  { required, decimals }: { required: boolean; decimals?: number },
): { value: number | null; code?: 'required' | OwnErrorCode } {
  if (value === '' || value === null || value === undefined) return required ? { value: null, code: 'required' } : { value: null };
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return { value: null, code: 'numberInvalid' };
  if (number < 0) return { value: null, code: 'negative' };
  if (number > FIGURE_MAX) return { value: null, code: 'tooLarge' };
  if (decimals !== undefined && Math.round(number * 10 ** decimals) !== number * 10 ** decimals) return { value: null, code: 'twoDecimals' };
  return { value: number };
}
