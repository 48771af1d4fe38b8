import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar, PeriodArgs, Trim } from '@bridgeway/api-common';
import { CounsellingAudience } from '@bridgeway/api-consortia';
import { GoalDomain, Metric, SessionKind } from '@bridgeway/shared-domain';
import { MilestoneStatus } from '../plan-enums.js';
import { TEXT_MAX } from '../plan-limits.js';
import { Amount, Currency, EntityId, ExpectedVersion, Figure, OptionalEntityId, OptionalText, Position, RequiredText } from './plan-fields.js';

@InputType('CreateStrategicPlanInput', { description: 'A coordinator gives consortiumId (a consortium they coordinate); a manager does not' })
export class CreateStrategicPlanInput {
  @Field() @RequiredText(TEXT_MAX.name, 'Enter a name for the plan') name!: string;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_MAX.description) description?: string | null;
  @Field(() => DateScalar) @IsString() periodStart!: string;
  @Field(() => DateScalar, { description: 'After periodStart, less than 120 months after it' }) @IsString() periodEnd!: string;
  @Field(() => ID, { nullable: true }) @OptionalEntityId('a consortium') consortiumId?: string | null;
}

@InputType('UpdateStrategicPlanInput', { description: 'Changes only the fields given; CONFLICT when expectedVersion is stale' })
export class UpdateStrategicPlanInput {
  @Field(() => ID) @EntityId('a plan') planId!: string;
  @Field(() => Int) @ExpectedVersion() expectedVersion!: number;
  @Field(() => String, { nullable: true }) @RequiredText(TEXT_MAX.name, 'Enter a name for the plan') name?: string;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_MAX.description) description?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() periodStart?: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() periodEnd?: string;
}

@InputType('AddObjectiveInput')
export class AddObjectiveInput {
  @Field(() => ID) @EntityId('a plan') planId!: string;
  @Field() @RequiredText(TEXT_MAX.title, 'Enter a title for the objective') title!: string;
  @Field(() => Int, { nullable: true, description: 'Default: after the last one' }) @Position() position?: number | null;
}

@InputType('UpdateObjectiveInput')
export class UpdateObjectiveInput {
  @Field(() => ID) @EntityId('an objective') objectiveId!: string;
  @Field(() => String, { nullable: true }) @RequiredText(TEXT_MAX.title, 'Enter a title for the objective') title?: string;
  @Field(() => Int, { nullable: true }) @Position() position?: number | null;
}

@InputType('IndicatorYearTargetInput')
export class IndicatorYearTargetInput {
  @Field(() => Int) @IsInt({ message: 'year must be a whole number' }) @Min(2000, { message: 'Enter a year from 2000' }) @Max(2100, { message: 'Enter a year up to 2100' }) year!: number;
  @Field(() => Float) @Figure('target', false) target!: number;
}

@InputType('AddIndicatorInput', { description: 'goalDomain, departmentId, sessionKind and audience only for metrics that take them (Metric filters); departmentId only in organisation plans' })
export class AddIndicatorInput {
  @Field(() => ID) @EntityId('an objective') objectiveId!: string;
  @Field() @RequiredText(TEXT_MAX.name, 'Enter a name for the indicator') name!: string;
  @Field(() => Metric) @IsEnum(Metric, { message: 'Choose a metric' }) metric!: Metric;
  @Field(() => GoalDomain, { nullable: true }) @IsOptional() @IsEnum(GoalDomain) goalDomain?: GoalDomain | null;
  @Field(() => ID, { nullable: true }) @OptionalEntityId('a department') departmentId?: string | null;
  @Field(() => SessionKind, { nullable: true }) @IsOptional() @IsEnum(SessionKind, { message: 'Choose a session kind' }) sessionKind?: SessionKind | null;
  @Field(() => CounsellingAudience, { nullable: true }) @IsOptional() @IsEnum(CounsellingAudience, { message: 'Choose residents or relatives' }) audience?: CounsellingAudience | null;
  @Field(() => Float, { nullable: true }) @Figure('baseline', true) baseline?: number | null;
  @Field(() => Float, { description: 'Target for the whole plan period' }) @Figure('target', false) target!: number;
  @Field(() => [IndicatorYearTargetInput], { nullable: true, description: 'Targets per calendar year of the plan (one per year)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(11, { message: 'At most one target per year of the plan' })
  @ValidateNested({ each: true })
  @Type(() => IndicatorYearTargetInput)
  yearTargets?: IndicatorYearTargetInput[] | null;
  @Field(() => Int, { nullable: true, description: 'Default: after the last one' }) @Position() position?: number | null;
}

@InputType('UpdateIndicatorInput', { description: 'Changes only the fields given (null clears baseline, goalDomain, departmentId, sessionKind, audience; yearTargets replaces all); CONFLICT when expectedVersion is stale' })
export class UpdateIndicatorInput {
  @Field(() => ID) @EntityId('an indicator') indicatorId!: string;
  @Field(() => Int) @ExpectedVersion() expectedVersion!: number;
  @Field(() => String, { nullable: true }) @RequiredText(TEXT_MAX.name, 'Enter a name for the indicator') name?: string;
  @Field(() => Metric, { nullable: true }) @IsOptional() @IsEnum(Metric, { message: 'Choose a metric' }) metric?: Metric;
  @Field(() => GoalDomain, { nullable: true }) @IsOptional() @IsEnum(GoalDomain) goalDomain?: GoalDomain | null;
  @Field(() => ID, { nullable: true }) @OptionalEntityId('a department') departmentId?: string | null;
  @Field(() => SessionKind, { nullable: true }) @IsOptional() @IsEnum(SessionKind, { message: 'Choose a session kind' }) sessionKind?: SessionKind | null;
  @Field(() => CounsellingAudience, { nullable: true }) @IsOptional() @IsEnum(CounsellingAudience, { message: 'Choose residents or relatives' }) audience?: CounsellingAudience | null;
  @Field(() => Float, { nullable: true }) @Figure('baseline', true) baseline?: number | null;
  @Field(() => Float, { nullable: true }) @Figure('target', true) target?: number;
  @Field(() => [IndicatorYearTargetInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(11, { message: 'At most one target per year of the plan' })
  @ValidateNested({ each: true })
  @Type(() => IndicatorYearTargetInput)
  yearTargets?: IndicatorYearTargetInput[] | null;
  @Field(() => Int, { nullable: true }) @Position() position?: number | null;
}

@InputType('AddMilestoneInput', { description: 'doneOn is required with status DONE and refused with any other' })
export class AddMilestoneInput {
  @Field(() => ID) @EntityId('a plan') planId!: string;
  @Field() @RequiredText(TEXT_MAX.title, 'Enter a title for the milestone') title!: string;
  @Field(() => DateScalar) @IsString() dueOn!: string;
  @Field(() => MilestoneStatus, { nullable: true, description: 'Default PLANNED' }) @IsOptional() @IsEnum(MilestoneStatus) status?: MilestoneStatus | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() doneOn?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_MAX.note) note?: string | null;
}

@InputType('UpdateMilestoneInput', { description: 'Changes only the fields given; doneOn with status DONE only' })
export class UpdateMilestoneInput {
  @Field(() => ID) @EntityId('a milestone') milestoneId!: string;
  @Field(() => String, { nullable: true }) @RequiredText(TEXT_MAX.title, 'Enter a title for the milestone') title?: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() dueOn?: string;
  @Field(() => MilestoneStatus, { nullable: true }) @IsOptional() @IsEnum(MilestoneStatus) status?: MilestoneStatus;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() doneOn?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_MAX.note) note?: string | null;
}

@InputType('AddFundingInput')
export class AddFundingInput {
  @Field(() => ID) @EntityId('a plan') planId!: string;
  @Field() @RequiredText(TEXT_MAX.funder, 'Enter the funder') funder!: string;
  @Field(() => Float) @Amount() amount!: number;
  @Field({ description: 'ISO 4217, e.g. NOK' }) @Currency() currency!: string;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_MAX.note) note?: string | null;
}

@InputType('UpdateFundingInput')
export class UpdateFundingInput {
  @Field(() => ID) @EntityId('a funding') fundingId!: string;
  @Field(() => String, { nullable: true }) @RequiredText(TEXT_MAX.funder, 'Enter the funder') funder?: string;
  @Field(() => Float, { nullable: true }) @Amount() amount?: number;
  @Field(() => String, { nullable: true }) @Currency() currency?: string;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_MAX.note) note?: string | null;
}

@ArgsType()
export class ProgressReportArgs extends PeriodArgs() {
  @Field(() => ID) @IsString() planId!: string;
}

@ArgsType()
export class SetIndicatorCommentArgs extends PeriodArgs() {
  @Field(() => ID) @EntityId('an indicator') indicatorId!: string;
  @Field({ description: 'Blank removes the comment' }) @Trim() @IsString() @MaxLength(TEXT_MAX.comment, { message: `At most ${TEXT_MAX.comment} characters` }) comment!: string;
}
