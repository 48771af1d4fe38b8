import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { GoalDomain, Metric, SessionKind } from '@bridgeway/shared-domain';
import { CounsellingAudience } from '@bridgeway/api-consortia'; // also registers the Metric enum
import { IndicatorStatus, MilestoneStatus, PlanLevel } from './plan-enums.js';

registerEnumType(PlanLevel, { name: 'PlanLevel', description: "ORGANISATION: the organisation's managers; CONSORTIUM: the consortium's coordinators" });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(IndicatorStatus, { name: 'IndicatorStatus', description: 'Actual against expected by now (rule: docs/plans.md)' });
registerEnumType(GoalDomain, { name: 'GoalDomain', description: 'A life domain of recovery and reintegration' });
// Registered again as in the counselling library (Nest keys enums by reference): plans do not depend on it.
registerEnumType(SessionKind, { name: 'SessionKind', description: 'How a counselling contact took place' });

@ObjectType('IndicatorYearTarget', { description: 'The target of an indicator for one calendar year' })
export class IndicatorYearTargetType {
  @Field(() => Int) year!: number;
  @Field(() => Float) target!: number;
}

/** `department` and `yearTargets` are field resolvers (by id, live). */
@ObjectType('Indicator', { description: 'A figure of the metric registry, optionally filtered, with a target for the plan period' })
export class IndicatorType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Metric) metric!: Metric;
  @Field(() => Float, { description: 'Target for the whole plan period' }) target!: number;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => GoalDomain, { nullable: true, description: 'Filter: only goals of this domain (metrics that take it)' }) goalDomain!: GoalDomain | null;
  @Field(() => SessionKind, { nullable: true, description: 'Filter: only counselling sessions of this kind (metrics that take it)' }) sessionKind!: SessionKind | null;
  @Field(() => CounsellingAudience, { nullable: true, description: 'Filter: only sessions with residents, or with relatives alone (metrics that take it)' }) audience!: CounsellingAudience | null;
  @Field(() => String, { description: 'HOURS, PEOPLE, COUNT, PERCENT or POINTS (metric registry)' }) unit!: string;
  @Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion' }) version!: number;

  /** Not exposed: resolved by Indicator.department. */
  departmentId!: string | null;
  objectiveId!: string;
}

@ObjectType('Objective', { description: 'An objective of a strategic plan' })
export class ObjectiveType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Int) position!: number;

  planId!: string;
}

@ObjectType('Milestone', { description: 'A dated step of a plan' })
export class MilestoneType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => DateScalar) dueOn!: string;
  @Field(() => MilestoneStatus) status!: MilestoneStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Set when (and only when) the status is DONE' }) doneOn!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('Funding', { description: 'Money a plan is funded with' })
export class FundingType {
  @Field(() => ID) id!: string;
  @Field() funder!: string;
  @Field(() => Float, { description: 'At most two decimals' }) amount!: number;
  @Field({ description: 'ISO 4217 code, e.g. NOK' }) currency!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('PublishedReportSummary', { description: 'A progress report as published (its figures frozen)' })
export class PublishedReportSummaryType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => GraphQLISODateTime) publishedAt!: Date;
  @Field({ description: 'Display name of who published it' }) publishedBy!: string;
}

/** `objectives`, `milestones`, `funding`, `publishedReports` and `consortium` are field resolvers. */
@ObjectType('StrategicPlan', { description: "A strategic plan of an organisation or a consortium" })
export class StrategicPlanType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => DateScalar) periodStart!: string;
  @Field(() => DateScalar) periodEnd!: string;
  @Field(() => PlanLevel) level!: PlanLevel;
  @Field(() => Int, { description: 'Optimistic lock of the plan\'s own fields: send it back as expectedVersion' }) version!: number;

  consortiumId!: string | null;
}

@ObjectType('IndicatorTrendPoint', { description: 'The figure of an indicator in one calendar month (clipped to the period)' })
export class IndicatorTrendPointType {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Float, { nullable: true, description: 'null where the figure is suppressed or undefined' }) value!: number | null;
}

@ObjectType('IndicatorComment', { description: "A manager's or coordinator's comment on an indicator for one report period" })
export class IndicatorCommentType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field() comment!: string;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field({ description: 'Display name of who wrote it last' }) updatedBy!: string;
}

@ObjectType('IndicatorProgress', { description: 'One indicator in a progress report' })
export class IndicatorProgressType {
  @Field(() => IndicatorType) indicator!: IndicatorType;
  @Field(() => Float, { description: 'The figure over the period; 0 when hasActual is false' }) actual!: number;
  @Field(() => Float, { description: 'The year target when the period lies in one year that has one, else the plan target' }) target!: number;
  @Field({ description: 'false when the figure is suppressed (a small count of people) or undefined (e.g. no BARC-10 change yet)' }) hasActual!: boolean;
  @Field(() => Float, { nullable: true, description: 'actual / target × 100; null when the target is 0 or there is no figure' }) percentOfTarget!: number | null;
  @Field(() => Float, { description: 'What the target implies by min(to, today) (docs/plans.md)' }) expectedByNow!: number;
  @Field(() => IndicatorStatus, { nullable: true, description: 'null when there is no figure' }) status!: IndicatorStatus | null;
  @Field(() => [IndicatorTrendPointType], { description: 'Every calendar month of the period, in order' }) trend!: IndicatorTrendPointType[];
  @Field(() => IndicatorCommentType, { nullable: true }) comment!: IndicatorCommentType | null;
  @Field(() => Float, { nullable: true, description: 'The figure in the latest published report of this plan and period (null: none published, or no figure)' }) publishedActual!: number | null;
  @Field(() => Float, { nullable: true, description: 'The figure computed from the records now' }) liveActual!: number | null;
  @Field({ description: 'Whether the records now give another figure than the published one' }) changedSincePublished!: boolean;
}

@ObjectType('ProgressReport', { description: 'Progress of a plan over a period: live, or as published (publishedReport)' })
export class ProgressReportType {
  @Field(() => StrategicPlanType) plan!: StrategicPlanType;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => [IndicatorProgressType], { description: 'Indicators in objective order' }) rows!: IndicatorProgressType[];
  @Field(() => [MilestoneType], { description: 'Milestones due in the period, and earlier ones still open (PLANNED, IN_PROGRESS) by its end' }) milestonesDue!: MilestoneType[];
  @Field(() => PublishedReportSummaryType, { nullable: true, description: 'The latest published report of exactly this period; in publishedReport, the one shown' }) published!: PublishedReportSummaryType | null;
}
