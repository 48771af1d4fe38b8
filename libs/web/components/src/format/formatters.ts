import { utcDateOf } from './iso-dates';

export interface Formatters {
  /** 23 Nov 2026 (from `YYYY-MM-DD`) */
  date(isoDate: string): string;
  /** 23 Nov 2026, 14:05 in this device's time zone (from an ISO DateTime) */
  dateTime(isoDateTime: string): string;
  /** Nov 2026 (from `YYYY-MM` or `YYYY-MM-DD`) */
  month(isoMonth: string): string;
  /** A count or measure with local digits and separators. */
  number(value: number): string;
  /** Minutes shown as hours with one decimal, with the unit: "1.5 hr", "1,5 t". */
  hours(minutes: number): string;
  /** Minutes with the unit: "45 min". */
  minutes(minutes: number): string;
  /** 0..100 shown as a percentage. */
  percent(value: number): string;
}

/** The Intl locale for a UI language: British conventions for English (day before month). */
export function intlLocaleFor(language: string): string {
  const locales: Record<string, string> = { en: 'en-GB', nb: 'nb-NO', sl: 'sl-SI' };
  return locales[language] ?? language;
}

/** Intl formatters for a UI language (en, nb, sl) or any BCP 47 locale. */
export function createFormatters(language: string): Formatters {
  const locale = intlLocaleFor(language);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const hours = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  });
  const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    date: (isoDate) => date.format(utcDateOf(isoDate)),
    dateTime: (isoDateTime) => dateTime.format(new Date(isoDateTime)),
    month: (isoMonth) => month.format(utcDateOf(`${isoMonth.slice(0, 7)}-01`)),
    number: (value) => number.format(value),
    hours: (value) => hours.format(Math.round((value / 60) * 10) / 10),
    minutes: (value) => minutes.format(value),
    percent: (value) => percent.format(value / 100),
  };
}
