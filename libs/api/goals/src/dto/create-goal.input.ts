import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';
import { GoalDomain, GoalStatus } from '@bridgeway/shared-domain';
import { DESCRIPTION_MAX, GoalTitle, NOTE_MAX, OptionalText, Progress } from './goal-fields.js';
import '../graphql-enums.js';

@InputType('CreateGoalInput')
export class CreateGoalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId!: string;

  @Field(() => GoalDomain)
  @IsEnum(GoalDomain, { message: 'Choose a life domain' })
  domain!: GoalDomain;

  @Field()
  @GoalTitle()
  title!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(DESCRIPTION_MAX, 'description')
  description?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  targetDate?: string | null;

  @Field(() => GoalStatus, { nullable: true, description: 'Default PLANNED' })
  @IsOptional()
  @IsEnum(GoalStatus, { message: 'Unknown status' })
  status?: GoalStatus | null;

  @Field(() => Int, { nullable: true, description: 'Default 0 (100 for an ACHIEVED goal)' })
  @IsOptional()
  @Progress()
  progress?: number | null;

  @Field(() => String, { nullable: true, description: 'Kept with the first history entry' })
  @OptionalText(NOTE_MAX, 'note')
  note?: string | null;
}
