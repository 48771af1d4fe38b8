import type { Period } from '@bridgeway/web-components';

/** The API answers occupancy for at most 36 months: the end of the period, and the months before it. */
export const occupancyMaxMonths = 36;

/** The period, its start moved up to the first day of the 36th month before the end when it is longer. */
export function occupancyPeriod(period: Period): Period & { clamped: boolean } {
  const [year, month] = period.to.split('-').map(Number);
  const earliest = isoDateOf(year, month - occupancyMaxMonths + 1);
  return period.from < earliest ? { from: earliest, to: period.to, clamped: true } : { ...period, clamped: false };
}

/** `YYYY-MM-01` of a month counted from year 0 (months may under- or overflow). */
function isoDateOf(year: number, month: number): string {
  const index = year * 12 + month - 1;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
