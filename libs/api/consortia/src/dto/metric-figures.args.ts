import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PeriodArgs } from '@bridgeway/api-common';
import { GoalDomain, SessionKind } from '@bridgeway/shared-domain';
import { CounsellingAudience } from '../metric-figure.type.js';

/** The tenant's own figures of every registry metric, for a period, optionally narrowed. */
@ArgsType()
export class MetricFiguresArgs extends PeriodArgs() {
  @Field(() => ID, { nullable: true, description: 'Only residences and programmes of this department (metrics that take the filter)' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;

  @Field(() => GoalDomain, { nullable: true, description: 'Only goals of this domain (GOALS_ACHIEVED)' })
  @IsOptional()
  @IsEnum(GoalDomain)
  goalDomain?: GoalDomain | null;

  @Field(() => SessionKind, { nullable: true, description: 'Only sessions of this kind (counselling metrics)' })
  @IsOptional()
  @IsEnum(SessionKind)
  sessionKind?: SessionKind | null;

  @Field(() => CounsellingAudience, { nullable: true, description: 'Only sessions with residents, or with relatives alone (counselling hours)' })
  @IsOptional()
  @IsEnum(CounsellingAudience)
  audience?: CounsellingAudience | null;
}
