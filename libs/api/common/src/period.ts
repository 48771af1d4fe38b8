import { BadUserInputError } from './errors.js';

/** Calendar days `YYYY-MM-DD`, both included: what every figure query reports on. */
export interface Period {
  from: string;
  to: string;
}

/** A period either end of which may be left open (null or missing: no bound on that side). */
export interface OpenPeriod {
  from?: string | null;
  to?: string | null;
}

/**
 * The longest period a figure query answers for, unless it sets a shorter one. Ten years holds a
 * five-year strategic plan next to the one before it, while bounding the rows one figure reads
 * (per organisation now, across a consortium's organisations later).
 */
export const PERIOD_MAX_MONTHS = 120;

/** The messages of every period check (BAD_USER_INPUT on field `to`), worded once. */
export const PERIOD_MESSAGES = {
  endBeforeStart: 'The end of the period cannot be before its start',
  tooLong: (maxMonths: number) => `Ask for a period of at most ${maxMonths} months`,
} as const;

/** `YYYY-MM-DD` plus whole months (the day clamped to the month's length). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * What is wrong with a period, or null. The end may not be before the start, nor `maxMonths`
 * or more after it (36 months: 2022-01-01 to 2024-12-31 passes, to 2025-01-01 does not).
 * An open end is not checked: with one bound there is no span.
 */
export function periodProblem({ from, to }: OpenPeriod, maxMonths = PERIOD_MAX_MONTHS): string | null {
  if (!from || !to) return null;
  if (to < from) return PERIOD_MESSAGES.endBeforeStart;
  if (to >= addMonths(from, maxMonths)) return PERIOD_MESSAGES.tooLong(maxMonths);
  return null;
}

/** BAD_USER_INPUT on `to` for a wrong period; for callers whose period does not come through PeriodArgs. */
export function assertPeriod(period: OpenPeriod, maxMonths = PERIOD_MAX_MONTHS): void {
  const problem = periodProblem(period, maxMonths);
  if (problem) throw new BadUserInputError({ to: problem });
}
