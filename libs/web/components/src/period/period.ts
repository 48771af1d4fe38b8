import { isIsoDate, monthStartIsoDate, todayIsoDate } from '../format/iso-dates';

/** A reporting period, both ends `YYYY-MM-DD` and included. */
export interface Period {
  from: string;
  to: string;
}

/** The last twelve months including this one. */
export function defaultPeriod(now: Date = new Date()): Period {
  return { from: monthStartIsoDate(now, 11), to: todayIsoDate(now) };
}

export function isValidPeriod(period: Period): boolean {
  return isIsoDate(period.from) && isIsoDate(period.to) && period.from <= period.to;
}
