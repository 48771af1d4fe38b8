import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DateScalar, IsNotFutureDate, TrimToNull } from '@bridgeway/api-common';
import { GoalDomain, SESSION_CHANGE_DAYS, SESSION_CHANGE_REASON_MAX, SESSION_MINUTES, SessionKind } from '@bridgeway/shared-domain';
import { NOTES_MAX } from './session-details.input.js';
import '../graphql-enums.js';

const WINDOW = `by the session's counsellor or a manager, within ${SESSION_CHANGE_DAYS} days of logging it`;

/** Why a session is changed: kept in its history. */
@InputType({ isAbstract: true })
abstract class SessionChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a session id' })
  id!: string;

  @Field(() => String, { description: `Why (required, at most ${SESSION_CHANGE_REASON_MAX} characters); kept in the session's history` })
  @TrimToNull()
  @IsString({ message: 'Give a reason' })
  @MinLength(1, { message: 'Give a reason' })
  @MaxLength(SESSION_CHANGE_REASON_MAX, { message: `The reason can be at most ${SESSION_CHANGE_REASON_MAX} characters` })
  reason!: string;
}

@InputType('CorrectCounsellingSessionInput', { description: `Corrects a session (${WINDOW}); omitted fields keep their value` })
export class CorrectCounsellingSessionInput extends SessionChangeInput {
  @Field(() => Int, { nullable: true, description: 'CONFLICT if the session changed since you read this version' })
  @IsOptional()
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Not in the future, not before the resident' })
  @IsOptional()
  @IsNotFutureDate('The session date cannot be in the future')
  occurredOn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'The duration must be a whole number of minutes' })
  @Min(SESSION_MINUTES.min, { message: `The duration must be at least ${SESSION_MINUTES.min} minute` })
  @Max(SESSION_MINUTES.max, { message: `The duration can be at most ${SESSION_MINUTES.max} minutes (10 hours)` })
  durationMinutes?: number | null;

  @Field(() => SessionKind, { nullable: true })
  @IsOptional()
  @IsEnum(SessionKind, { message: 'Choose how the session took place' })
  kind?: SessionKind | null;

  @Field(() => [GoalDomain], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique({ message: 'Name each domain once' })
  @ArrayMaxSize(Object.keys(GoalDomain).length)
  @IsEnum(GoalDomain, { each: true, message: 'Unknown life domain' })
  domains?: GoalDomain[] | null;

  @Field(() => String, { nullable: true, description: 'Omitted: unchanged; an empty text clears the notes' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTES_MAX, { message: `Notes can be at most ${NOTES_MAX} characters` })
  notes?: string | null;
}

@InputType('WithdrawCounsellingSessionInput', { description: `Withdraws a session logged by mistake (${WINDOW}): it stays in the case file, marked, and counts in no figure` })
export class WithdrawCounsellingSessionInput extends SessionChangeInput {}
