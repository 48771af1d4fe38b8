import { applyDecorators } from '@nestjs/common';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Transform } from 'class-transformer';
import { AtMostDecimals, Trim, TrimToNull } from '@bridgeway/api-common';

/** Required text; in an update `undefined` leaves it unchanged, while null or blank is refused. */
export const RequiredText = (max: number, message: string) =>
  applyDecorators(
    Trim(),
    ValidateIf((_, value) => value !== undefined),
    IsString({ message }),
    IsNotEmpty({ message }),
    MaxLength(max, { message: `At most ${max} characters` }),
  );

/** Optional text; blank is stored as null. */
export const OptionalText = (max: number) => applyDecorators(TrimToNull(), IsOptional(), IsString(), MaxLength(max, { message: `At most ${max} characters` }));

export const EntityId = (what: string) => IsUUID('all', { message: `This is not ${what} id` });

export const OptionalEntityId = (what: string) => applyDecorators(IsOptional(), IsUUID('all', { message: `This is not ${what} id` }));

export const ExpectedVersion = () => IsInt({ message: 'expectedVersion must be a whole number' });

/** A target, baseline or amount: a finite number from 0 (null/undefined pass when `optional`). */
export const Figure = (what: string, optional: boolean, max = 1e12) =>
  applyDecorators(
    ...(optional ? [ValidateIf((_: unknown, value: unknown) => value !== undefined && value !== null)] : []),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `Enter the ${what} as a number` }),
    Min(0, { message: `The ${what} cannot be negative` }),
    Max(max, { message: `The ${what} is too large` }),
  );

export const Position = () => applyDecorators(IsOptional(), IsInt({ message: 'position must be a whole number' }), Min(0, { message: 'position cannot be negative' }), Max(1000, { message: 'position can be at most 1000' }));

/** ISO 4217: three letters, stored upper-case. */
export const Currency = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    ValidateIf((_, value) => value !== undefined),
    IsString({ message: 'Enter a currency code such as NOK or EUR' }),
    Matches(/^[A-Z]{3}$/, { message: 'Enter a three-letter currency code (ISO 4217), such as NOK or EUR' }),
  );

/** Money with at most two decimals. */
export const Amount = () =>
  applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Enter the amount as a number with at most two decimals' }),
    AtMostDecimals(2, { message: 'Enter the amount as a number with at most two decimals' }),
    Min(0, { message: 'The amount cannot be negative' }),
    Max(999_999_999_999.99, { message: 'The amount is too large' }),
  );

export const OneOf = (values: readonly string[], message: string) => applyDecorators(IsOptional(), IsIn(values as string[], { message }));
