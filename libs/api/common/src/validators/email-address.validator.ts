import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';

/** Optional; stored lower-case; null or blank clears it. */
export const EmailAddress = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value)),
    IsOptional(),
    IsEmail({}, { message: 'Enter an e-mail address like name@example.org' }),
    MaxLength(254, { message: 'The e-mail address is too long' }),
  );
