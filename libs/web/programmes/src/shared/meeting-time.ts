import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The Intl locale of a UI language (British conventions for English, as the shared formatters). */
function localeOf(language: string): string {
  return ({ en: 'en-GB', nb: 'nb-NO', sl: 'sl-SI' } as Record<string, string>)[language] ?? language;
}

export interface MeetingTimeFormat {
  /** "Thu 27 Nov 2026, 18:00–19:30", in this device's time zone. */
  span(startsAt: string, endsAt: string): string;
  /** "Thu 27 Nov, 18:00" */
  start(startsAt: string): string;
  /** "Thu 27 Nov" (for chart labels and tables) */
  day(startsAt: string): string;
  /** "Thursday" for an ISO weekday (1 = Monday). */
  weekday(isoWeekday: number): string;
}

/** Formats meeting times in the UI language. */
export function useMeetingTime(): MeetingTimeFormat {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(() => {
    const dayAndTime = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    const shortStart = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit' });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    return {
      span: (startsAt, endsAt) => `${dayAndTime.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`,
      start: (startsAt) => shortStart.format(new Date(startsAt)),
      day: (startsAt) => day.format(new Date(startsAt)),
      // 1 January 2024 was a Monday, so ISO weekday n is January n of 2024.
      weekday: (isoWeekday) => weekday.format(new Date(Date.UTC(2024, 0, isoWeekday))),
    };
  }, [locale]);
}

/** Local date and "HH:MM" times of a form, as the API's DateTime (ISO with the device's offset applied). */
export function dateTimeOf(date: string, time: string): string {
  return new Date(`${date}T${time}`).toISOString();
}

/** A DateTime as the local date (`YYYY-MM-DD`) and time (`HH:MM`) a form shows. */
export function localPartsOf(isoDateTime: string): { date: string; time: string } {
  const value = new Date(isoDateTime);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`,
    time: `${pad(value.getHours())}:${pad(value.getMinutes())}`,
  };
}

/** The API takes attendance up to a day before a meeting starts (not earlier). */
export function canTakeAttendanceAt(startsAt: string, now: Date = new Date()): boolean {
  return new Date(startsAt).getTime() - now.getTime() <= 24 * 60 * 60 * 1000;
}
