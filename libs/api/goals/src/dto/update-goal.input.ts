import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID } from 'class-validator';
import { GoalDomain } from '@bridgeway/shared-domain';
import { DateScalar } from '@bridgeway/api-common';
import { DESCRIPTION_MAX, GoalTitle, OptionalText } from './goal-fields.js';
import '../graphql-enums.js';

@InputType('UpdateGoalInput', { description: 'Changes only the fields given (null clears description or target date); same version rule as updateGoalProgress' })
export class UpdateGoalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a goal id' })
  goalId!: string;

  @Field(() => Int, { description: 'The version you saw' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @GoalTitle()
  title?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(DESCRIPTION_MAX, 'description')
  description?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  targetDate?: string | null;

  @Field(() => GoalDomain, { nullable: true, description: 'Moves the goal to another life domain' })
  @IsOptional()
  @IsEnum(GoalDomain, { message: 'Choose a life domain' })
  domain?: GoalDomain;
}
