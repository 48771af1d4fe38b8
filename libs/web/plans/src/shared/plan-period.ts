import type { Period } from '@bridgeway/web-components';

/** The calendar years a plan period touches, in order (a year target can be set for each). */
export function yearsOf(periodStart: string, periodEnd: string): number[] {
  const first = Number(periodStart.slice(0, 4));
  const last = Number(periodEnd.slice(0, 4));
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first) return [];
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/**
 * The report's default period: the plan's start up to today (or its end, once it has ended);
 * a plan that has not started yet shows its whole period.
 */
export function defaultReportPeriod(plan: { periodStart: string; periodEnd: string }, today: string): Period {
  if (today < plan.periodStart) return { from: plan.periodStart, to: plan.periodEnd };
  return { from: plan.periodStart, to: today < plan.periodEnd ? today : plan.periodEnd };
}

/** Whole months from `from` to `to` (both `YYYY-MM-DD`), counting a started month as begun. */
export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) - (toDay < fromDay ? 1 : 0);
}
