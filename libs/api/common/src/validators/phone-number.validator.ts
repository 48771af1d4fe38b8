import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches } from 'class-validator';
import { Trim } from './trim.transform.js';

/** Optional; null or blank clears it. */
export const PhoneNumber = () =>
  applyDecorators(
    Trim(),
    Transform(({ value }) => (value === '' ? null : value)),
    IsOptional(),
    IsString(),
    Matches(/^\+?[0-9][0-9 ()./-]{3,28}[0-9]$/, { message: 'Enter a phone number using digits, spaces and + - ( ) only' }),
  );
