import { applyDecorators } from '@nestjs/common';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Trim, TrimToNull } from '@bridgeway/api-common';
import { PROGRESS, TEXT_MAX } from '@bridgeway/shared-domain';

export const TITLE_MAX = TEXT_MAX.goalTitle;
export const DESCRIPTION_MAX = TEXT_MAX.goalDescription;
export const NOTE_MAX = TEXT_MAX.goalNote;

/** Required title; in an update `undefined` leaves it unchanged, while null or blank is refused. */
export const GoalTitle = () =>
  applyDecorators(
    Trim(),
    ValidateIf((_, value) => value !== undefined),
    IsString({ message: 'Enter a title for the goal' }),
    IsNotEmpty({ message: 'Enter a title for the goal' }),
    MaxLength(TITLE_MAX, { message: `The title can be at most ${TITLE_MAX} characters` }),
  );

/** Optional text; blank is stored as null. */
export const OptionalText = (max: number, what: string) =>
  applyDecorators(
    TrimToNull(),
    IsOptional(),
    IsString(),
    MaxLength(max, { message: `The ${what} can be at most ${max} characters` }),
  );

export const Progress = () =>
  applyDecorators(
    IsInt({ message: 'Progress must be a whole number' }),
    Min(PROGRESS.min, { message: `Progress must be from ${PROGRESS.min} to ${PROGRESS.max}` }),
    Max(PROGRESS.max, { message: `Progress must be from ${PROGRESS.min} to ${PROGRESS.max}` }),
  );
