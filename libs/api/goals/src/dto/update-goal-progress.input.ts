import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID } from 'class-validator';
import { GoalStatus } from '@bridgeway/shared-domain';
import { NOTE_MAX, OptionalText, Progress } from './goal-fields.js';
import '../graphql-enums.js';

@InputType('UpdateGoalProgressInput', { description: 'Records progress; CONFLICT (with the current values) if expectedVersion is not the current version' })
export class UpdateGoalProgressInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a goal id' })
  goalId!: string;

  @Field(() => Int, { description: 'The version you saw' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => Int, { description: '0..100' })
  @Progress()
  progress!: number;

  @Field(() => GoalStatus, { nullable: true, description: 'Omitted: unchanged' })
  @IsOptional()
  @IsEnum(GoalStatus, { message: 'Unknown status' })
  status?: GoalStatus | null;

  @Field(() => String, { nullable: true, description: 'Why; kept in the history' })
  @OptionalText(NOTE_MAX, 'note')
  note?: string | null;
}
