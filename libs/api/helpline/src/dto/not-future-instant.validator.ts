import { ValidateBy } from 'class-validator';

/** A clock a few minutes fast (the caller's phone, the server) must not refuse a contact logged "now". */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** A valid DateTime no more than FUTURE_TOLERANCE_MS after now. */
export function IsNotFutureInstant(message: string): PropertyDecorator {
  return ValidateBy({
    name: 'isNotFutureInstant',
    validator: {
      validate: (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime()) && value.getTime() <= Date.now() + FUTURE_TOLERANCE_MS,
      defaultMessage: () => message,
    },
  });
}
