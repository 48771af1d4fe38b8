import { MEETINGS_AHEAD_WEEKS } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays, daysBetween, weekdayOf } from '../demo-case-files/dates.js';

/** ISO weekday of a day: 1 = Monday … 7 = Sunday (the schedule's numbering). */
export const isoWeekday = (day: string): number => weekdayOf(day) || 7;

/** The first `isoDay` on or after `day`. */
export function onOrAfter(day: string, isoDay: number): string {
  return addDays(day, (isoDay - isoWeekday(day) + 7) % 7);
}

/** The last day a generated meeting may fall on: the generator's window runs MEETINGS_AHEAD_WEEKS from the seeding day (both included). */
export const horizonOf = (today: string): string => addDays(today, MEETINGS_AHEAD_WEEKS * 7);

/**
 * The slot days of a schedule (every `intervalWeeks` weeks from `startsOn`, itself a slot) from
 * `from` to `until`, both included.
 */
export function slotDays(startsOn: string, intervalWeeks: number, from: string, until: string): string[] {
  const step = intervalWeeks * 7;
  const skip = Math.max(0, Math.ceil(daysBetween(startsOn, from) / step));
  const days: string[] = [];
  for (let day = addDays(startsOn, skip * step); day <= until; day = addDays(day, step)) days.push(day);
  return days;
}

/** A stretch of days without meetings (holidays), with the reason the cancelled meetings give. */
export interface Break {
  from: string;
  to: string;
  reason: string;
  /** A long break (the summer) is a pause: no meetings are generated in it, so none is cancelled. */
  pause?: boolean;
}

export const inBreak = (day: string, breaks: readonly Break[]): Break | undefined => breaks.find((b) => day >= b.from && day <= b.to);

/** Years the demo covers: the project years, the recent weeks and the meetings ahead. */
export const DEMO_YEARS = [2024, 2025, 2026, 2027] as const;

/** The same holiday every year: month-day to month-day (a range over New Year runs into the next year). */
export function everyYear(fromMonthDay: string, toMonthDay: string, reason: string, pause = false): Break[] {
  return DEMO_YEARS.map((year) => ({
    from: `${year}-${fromMonthDay}`,
    to: `${toMonthDay < fromMonthDay ? year + 1 : year}-${toMonthDay}`,
    reason,
    pause,
  }));
}

/** Meetings before the demo period are not part of the demo (programmes may be older). */
export const MEETINGS_FROM = DEMO_PERIOD.start;
