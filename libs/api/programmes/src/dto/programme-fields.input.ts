import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';
import { GoalDomain, PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import { OptionalText } from './text-fields.js';
import { ScheduleInput } from './schedule.input.js';
import '../graphql-enums.js';

/** Leaders of one programme: a few (NATURAL_LIST_SIZES 'Programme.leaders'). */
export const MAX_LEADERS = 20;

/**
 * The optional fields of a programme, shared by create and update. In an update only the fields
 * given change: null clears one (`schedule: null` removes the schedule).
 */
@InputType({ isAbstract: true })
export abstract class ProgrammeOptionalFields {
  @Field(() => String, { nullable: true })
  @OptionalText(PROGRAMME_TEXT_MAX.place, 'the place')
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for VIDEO programmes' })
  @OptionalText(PROGRAMME_TEXT_MAX.meetingLink, 'the meeting link')
  meetingLink?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(PROGRAMME_TEXT_MAX.description, 'the description')
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null: no department' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;

  @Field(() => [GoalDomain], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.keys(GoalDomain).length)
  @IsEnum(GoalDomain, { each: true, message: 'Unknown goal domain' })
  goalDomains?: GoalDomain[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Null: open-ended' })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => ScheduleInput, { nullable: true, description: 'Null: no recurring meetings' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleInput)
  schedule?: ScheduleInput | null;

  @Field(() => [ID], { nullable: true, description: 'Staff leaders (active staff of the organisation); replaces the leaders when given' })
  @IsOptional()
  @ArrayMaxSize(MAX_LEADERS, { message: `At most ${MAX_LEADERS} leaders` })
  @IsUUID('all', { each: true, message: 'This is not a user id' })
  leaderUserIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Volunteer leaders (member records); replaces the leaders when given' })
  @IsOptional()
  @ArrayMaxSize(MAX_LEADERS, { message: `At most ${MAX_LEADERS} leaders` })
  @IsUUID('all', { each: true, message: 'This is not a member id' })
  leaderMemberIds?: string[] | null;
}
