import { applyDecorators } from '@nestjs/common';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Transform } from 'class-transformer';
import { Trim } from './text.transform.js';

/** A required name; in an update, `undefined` leaves it unchanged but null or blank is refused. */
export const PersonName = (what: string) =>
  applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    Trim(),
    IsString({ message: `Enter a ${what}` }),
    IsNotEmpty({ message: `Enter a ${what}` }),
    MaxLength(100, { message: `The ${what} can be at most 100 characters` }),
  );

/** Optional; null or blank clears it. */
export const PhoneNumber = () =>
  applyDecorators(
    Trim(),
    Transform(({ value }) => (value === '' ? null : value)),
    IsOptional(),
    IsString(),
    Matches(/^\+?[0-9][0-9 ()./-]{3,28}[0-9]$/, { message: 'Enter a phone number using digits, spaces and + - ( ) only' }),
  );

/** Optional; stored lower-case; null or blank clears it. */
export const EmailAddress = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value)),
    IsOptional(),
    IsEmail({}, { message: 'Enter an e-mail address like name@example.org' }),
    MaxLength(254, { message: 'The e-mail address is too long' }),
  );
