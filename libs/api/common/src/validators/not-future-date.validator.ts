import { ValidateBy, type ValidationOptions } from 'class-validator';

/** The UTC offset of the time zone furthest ahead (Pacific/Kiritimati). */
const MAX_UTC_OFFSET_MS = 14 * 3600 * 1000;

/**
 * The latest calendar day that is "today" somewhere on earth. A date after it is in the
 * future for everyone; comparing against it never refuses a same-day entry in any time zone.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + MAX_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD value (already checked by the Date scalar) that is not in the future. */
export function IsNotFutureDate(message: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotFutureDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value <= latestToday(),
        defaultMessage: () => message,
      },
    },
    options,
  );
}
