import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { DateScalar, IsNotFutureDate, TrimToNull } from '@bridgeway/api-common';
import { FollowUpStatus, PROGRAMME_TEXT_MAX, PlannedContactStatus } from '@bridgeway/shared-domain';
import '../graphql-enums.js';

/** Planned contacts of one plan made at once (a year of fortnightly calls fits). */
export const PLANNED_CONTACTS_MAX = 60;
const NOTE_MESSAGE = `A note can be at most ${PROGRAMME_TEXT_MAX.note} characters`;

@InputType('StartGriefFollowUpInput')
export class StartGriefFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a relative id' })
  relativeId!: string;

  @Field(() => DateScalar)
  @IsString()
  startedOn!: string;

  @Field(() => [DateScalar], { description: 'The planned contacts: days on or after startedOn' })
  @IsArray()
  @ArrayMaxSize(PLANNED_CONTACTS_MAX, { message: `Plan at most ${PLANNED_CONTACTS_MAX} contacts at once` })
  plannedOn!: string[];

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(PROGRAMME_TEXT_MAX.note, { message: NOTE_MESSAGE })
  note?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The counsellor or manager responsible; default: me' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a staff member id' })
  responsibleId?: string | null;
}

@InputType('UpdateGriefFollowUpInput', { description: 'Only the fields given change; note set to null is cleared' })
export class UpdateGriefFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a follow-up id' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; CONFLICT when someone saved in between' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => FollowUpStatus, { nullable: true })
  @IsOptional()
  @IsEnum(FollowUpStatus, { message: 'Unknown follow-up status' })
  status?: FollowUpStatus | null;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(PROGRAMME_TEXT_MAX.note, { message: NOTE_MESSAGE })
  note?: string | null;
}

@InputType('UpdatePlannedContactInput', { description: 'DONE takes doneOn (default today); any other status clears it' })
export class UpdatePlannedContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a planned contact id' })
  id!: string;

  @Field(() => PlannedContactStatus)
  @IsEnum(PlannedContactStatus, { message: 'Unknown status' })
  status!: PlannedContactStatus;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was done; not in the future' })
  @IsOptional()
  @IsNotFutureDate('The contact cannot be done in the future')
  doneOn?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it; left out keeps it' })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(PROGRAMME_TEXT_MAX.note, { message: NOTE_MESSAGE })
  note?: string | null;
}
