import { isIsoDate, isoDate } from '@bridgeway/web-components';

/** The log's period, `YYYY-MM-DD`, both ends included; an empty end means "up to now". */
export interface LogPeriod {
  from: string;
  to: string;
}

/** How far back the log looks when opened: a few weeks of calls fit on a screen or two. */
export const defaultLogDays = 30;

/**
 * The last 30 days, up to now. The end is left open rather than "today": the API
 * counts a contact on its day in the organisation's time zone, which may already be tomorrow.
 */
export function defaultLogPeriod(now: Date = new Date()): LogPeriod {
  return { from: isoDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - defaultLogDays)), to: '' };
}

export function isValidLogPeriod(period: LogPeriod): boolean {
  return isIsoDate(period.from) && (period.to === '' || (isIsoDate(period.to) && period.from <= period.to));
}

/** The query's variables: an open end is `null`. */
export function logPeriodVariables(period: LogPeriod): { from: string; to: string | null } {
  return { from: period.from, to: period.to || null };
}
