import { applyDecorators } from '@nestjs/common';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { Trim, TrimToNull } from '@bridgeway/api-common';

/** A required text (trimmed, not blank); in an update `undefined` leaves it unchanged, null or blank is refused. */
export const RequiredText = (max: number, what: string) =>
  applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    Trim(),
    IsString({ message: `Enter ${what}` }),
    IsNotEmpty({ message: `Enter ${what}` }),
    MaxLength(max, { message: `${what[0].toUpperCase()}${what.slice(1)} can be at most ${max} characters` }),
  );

/** An optional text: trimmed, blank becomes null (clears it in an update). */
export const OptionalText = (max: number, what: string) =>
  applyDecorators(
    IsOptional(),
    TrimToNull(),
    IsString(),
    MaxLength(max, { message: `${what[0].toUpperCase()}${what.slice(1)} can be at most ${max} characters` }),
  );
