/** Calendar dates as YYYY-MM-DD strings (UTC), the way the schema stores them. */

/** The demo consortium's two project years; every generated record falls inside them. */
export const DEMO_PERIOD = { start: '2024-11-01', end: '2026-10-31' } as const;

const DAY_MS = 86_400_000;

const toMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

export function addDays(day: string, days: number): string {
  return new Date(toMs(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

export const earlier = (a: string, b: string): string => (a < b ? a : b);
export const later = (a: string, b: string): string => (a > b ? a : b);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: string): number => new Date(toMs(day)).getUTCDay();

/** The same day on a weekday; a Saturday or Sunday moves to the following Monday. */
export function nextWorkday(day: string): string {
  const weekday = weekdayOf(day);
  return weekday === 6 ? addDays(day, 2) : weekday === 0 ? addDays(day, 1) : day;
}

/** The first `weekday` (0–6) on or after `day`. */
export function nextWeekday(day: string, weekday: number): string {
  return addDays(day, (weekday - weekdayOf(day) + 7) % 7);
}

/** A timestamp on `day` at hour:minute UTC. */
export function atTime(day: string, hour: number, minute = 0): Date {
  return new Date(toMs(day) + (hour * 60 + minute) * 60_000);
}
