import { applyDecorators } from '@nestjs/common';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { Trim } from './trim.transform.js';

/** A required name; in an update, `undefined` leaves it unchanged but null or blank is refused. */
export const PersonName = (what: string) =>
  applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    Trim(),
    IsString({ message: `Enter a ${what}` }),
    IsNotEmpty({ message: `Enter a ${what}` }),
    MaxLength(100, { message: `The ${what} can be at most 100 characters` }),
  );
