import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A number with at most `places` decimals. Not IsNumber({ maxDecimalPlaces }): class-validator
 * reads the decimals from the number's text and throws on exponent notation (2e-323, found by
 * fuzzing); this scales instead, with a tolerance for binary fractions (0.1 + 0.2).
 */
export function AtMostDecimals(places: number, options?: ValidationOptions): PropertyDecorator {
  const scale = 10 ** places;
  return ValidateBy(
    {
      name: 'atMostDecimals',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value * scale - Math.round(value * scale)) < 1e-6,
        defaultMessage: () => `Enter a number with at most ${places} decimal${places === 1 ? '' : 's'}`,
      },
    },
    options,
  );
}
