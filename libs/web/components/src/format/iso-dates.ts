/** Dates travel as ISO strings: `YYYY-MM-DD` (Date) and ISO 8601 with offset (DateTime). */

const pad = (value: number) => String(value).padStart(2, '0');

/** A local calendar date as `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today on this device, as `YYYY-MM-DD`. */
export function todayIsoDate(now: Date = new Date()): string {
  return isoDate(now);
}

/** The first day of the month `monthsBack` months before `now`'s month. */
export function monthStartIsoDate(now: Date = new Date(), monthsBack = 0): string {
  return isoDate(new Date(now.getFullYear(), now.getMonth() - monthsBack, 1));
}

/** `YYYY-MM` of an ISO date. */
export function isoMonthOf(isoDateValue: string): string {
  return isoDateValue.slice(0, 7);
}

/** True for a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Midnight UTC of an ISO date (format it with timeZone UTC so the day never shifts). */
export function utcDateOf(isoDateValue: string): Date {
  return new Date(`${isoDateValue.slice(0, 10)}T00:00:00Z`);
}
