import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DateScalar, IsNotFutureDate, TrimToNull } from '@bridgeway/api-common';
import { GoalDomain, SESSION_MINUTES, SessionKind, TEXT_MAX } from '@bridgeway/shared-domain';
import '../graphql-enums.js';

export const NOTES_MAX = TEXT_MAX.sessionNotes;
export const FIELD_MAX = TEXT_MAX.sessionField;

/** What every counselling session records, with a resident or with a relative. */
@InputType({ isAbstract: true })
export abstract class SessionDetailsInput {
  @Field(() => DateScalar, { description: 'The day of the session; not in the future' })
  @IsNotFutureDate('The session date cannot be in the future')
  occurredOn!: string;

  @Field(() => Int, { description: `Whole minutes, ${SESSION_MINUTES.min} to ${SESSION_MINUTES.max}` })
  @IsInt({ message: 'The duration must be a whole number of minutes' })
  @Min(SESSION_MINUTES.min, { message: `The duration must be at least ${SESSION_MINUTES.min} minute` })
  @Max(SESSION_MINUTES.max, { message: `The duration can be at most ${SESSION_MINUTES.max} minutes (10 hours)` })
  durationMinutes!: number;

  @Field(() => SessionKind)
  @IsEnum(SessionKind, { message: 'Choose how the session took place' })
  kind!: SessionKind;

  @Field(() => String, { nullable: true, description: 'Confidential: readable by the author, the key worker and managers' })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(NOTES_MAX, { message: `Notes can be at most ${NOTES_MAX} characters` })
  notes?: string | null;

  @Field(() => [GoalDomain], { nullable: true, description: 'Life domains the session worked on' })
  @IsOptional()
  @IsArray()
  @ArrayUnique({ message: 'Name each domain once' })
  @ArrayMaxSize(Object.keys(GoalDomain).length)
  @IsEnum(GoalDomain, { each: true, message: 'Unknown life domain' })
  domains?: GoalDomain[] | null;

  @Field(() => String, { nullable: true, description: 'Solution-focused: what the person hopes for' })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_MAX, { message: `Hopes can be at most ${FIELD_MAX} characters` })
  hopes?: string | null;

  @Field(() => String, { nullable: true, description: 'Solution-focused: resources the person can draw on' })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_MAX, { message: `Resources can be at most ${FIELD_MAX} characters` })
  resources?: string | null;

  @Field(() => String, { nullable: true, description: 'Solution-focused: what has helped before' })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_MAX, { message: `Useful experience can be at most ${FIELD_MAX} characters` })
  usefulExperience?: string | null;

  @Field(() => String, { nullable: true, description: 'Solution-focused: the agreed next step' })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_MAX, { message: `The next step can be at most ${FIELD_MAX} characters` })
  nextStep?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who held the session (a counsellor or manager); default: me' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a staff member id' })
  counsellorId?: string | null;
}
