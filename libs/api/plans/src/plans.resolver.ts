import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { ConsortiumType } from '@bridgeway/api-consortia';
import { DepartmentType, DepartmentsService } from '@bridgeway/api-organisations';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { Role } from '@bridgeway/shared-domain';
import { PlansLoaders } from './plans.loaders.js';
import { PlansService } from './plans.service.js';
import { ProgressService } from './progress.service.js';
import {
  FundingType,
  IndicatorCommentType,
  IndicatorType,
  IndicatorYearTargetType,
  MilestoneType,
  ObjectiveType,
  ProgressReportType,
  PublishedReportSummaryType,
  StrategicPlanType,
} from './plan.types.js';
import {
  AddFundingInput,
  AddIndicatorInput,
  AddMilestoneInput,
  AddObjectiveInput,
  CreateStrategicPlanInput,
  ProgressReportArgs,
  SetIndicatorCommentArgs,
  UpdateFundingInput,
  UpdateIndicatorInput,
  UpdateMilestoneInput,
  UpdateObjectiveInput,
  UpdateStrategicPlanInput,
} from './dto/plan.inputs.js';

/** Managers: their organisation's plans; coordinators: the plans of consortia they coordinate (docs/plans.md). */
const PLAN_ROLES = [Role.MANAGER, Role.CONSORTIUM_COORDINATOR] as const;
const ID_ARG = { type: () => ID };

@Resolver(() => StrategicPlanType)
export class PlansResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly progress: ProgressService,
    private readonly loaders: PlansLoaders,
  ) {}

  @Roles(...PLAN_ROLES)
  @Query(() => [StrategicPlanType], { description: "A manager: the organisation's plans; a coordinator: the plans of the consortia they coordinate. Latest period first" })
  strategicPlans(@Args(firstArg(PAGE_SIZES.strategicPlans, 'plans')) first?: number | null): Promise<StrategicPlanType[]> {
    return this.plans.list(pageSize(first, PAGE_SIZES.strategicPlans));
  }

  @Roles(...PLAN_ROLES)
  @Query(() => StrategicPlanType, { description: 'NOT_FOUND for a plan the caller does not see' })
  strategicPlan(@Args('id', ID_ARG) id: string): Promise<StrategicPlanType> {
    return this.plans.get(id);
  }

  @Roles(...PLAN_ROLES)
  @Query(() => ProgressReportType, { description: 'Live figures of the plan over the period, compared with the latest published report of the same period' })
  progressReport(@Args() args: ProgressReportArgs): Promise<ProgressReportType> {
    return this.progress.report(args.planId, args.from, args.to);
  }

  @Roles(...PLAN_ROLES)
  @Query(() => ProgressReportType, { description: 'A published report as frozen (publishedActual), with what the records give now (liveActual, changedSincePublished)' })
  publishedReport(@Args('id', ID_ARG) id: string): Promise<ProgressReportType> {
    return this.progress.published(id);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => StrategicPlanType, { description: 'A coordinator gives consortiumId; a manager makes an organisation plan' })
  createStrategicPlan(@Args('input') input: CreateStrategicPlanInput): Promise<StrategicPlanType> {
    return this.plans.create(input);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => StrategicPlanType, { description: 'CONFLICT when expectedVersion is stale' })
  updateStrategicPlan(@Args('input') input: UpdateStrategicPlanInput): Promise<StrategicPlanType> {
    return this.plans.update(input);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => ObjectiveType)
  addObjective(@Args('input') input: AddObjectiveInput): Promise<ObjectiveType> {
    return this.plans.addObjective(input);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => ObjectiveType)
  updateObjective(@Args('input') input: UpdateObjectiveInput): Promise<ObjectiveType> {
    return this.plans.updateObjective(input);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => StrategicPlanType, { description: 'Removes the objective with its indicators (their year targets and comments); published reports keep their copy' })
  removeObjective(@Args('id', ID_ARG) id: string): Promise<StrategicPlanType> {
    return this.plans.remove('objective', id);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => IndicatorType)
  addIndicator(@Args('input') input: AddIndicatorInput): Promise<IndicatorType> {
    return this.plans.addIndicator(input);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => IndicatorType, { description: 'CONFLICT when expectedVersion is stale' })
  updateIndicator(@Args('input') input: UpdateIndicatorInput): Promise<IndicatorType> {
    return this.plans.updateIndicator(input);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => StrategicPlanType, { description: 'Removes the indicator with its year targets and comments' })
  removeIndicator(@Args('id', ID_ARG) id: string): Promise<StrategicPlanType> {
    return this.plans.remove('indicator', id);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => MilestoneType)
  addMilestone(@Args('input') input: AddMilestoneInput): Promise<MilestoneType> {
    return this.plans.addMilestone(input);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => MilestoneType)
  updateMilestone(@Args('input') input: UpdateMilestoneInput): Promise<MilestoneType> {
    return this.plans.updateMilestone(input);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => StrategicPlanType)
  removeMilestone(@Args('id', ID_ARG) id: string): Promise<StrategicPlanType> {
    return this.plans.remove('milestone', id);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => FundingType)
  addFunding(@Args('input') input: AddFundingInput): Promise<FundingType> {
    return this.plans.addFunding(input);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => FundingType)
  updateFunding(@Args('input') input: UpdateFundingInput): Promise<FundingType> {
    return this.plans.updateFunding(input);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => StrategicPlanType)
  removeFunding(@Args('id', ID_ARG) id: string): Promise<StrategicPlanType> {
    return this.plans.remove('funding', id);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => IndicatorCommentType, { nullable: true, description: 'Sets the comment of an indicator for one report period (one per period); blank removes it (null)' })
  setIndicatorComment(@Args() args: SetIndicatorCommentArgs): Promise<IndicatorCommentType | null> {
    return this.progress.setComment(args.indicatorId, args.from, args.to, args.comment);
  }

  @Roles(...PLAN_ROLES)
  @Mutation(() => PublishedReportSummaryType, { description: 'Freezes the report of the period as it is now; publishing the same period again adds a newer report' })
  publishProgressReport(@Args() args: ProgressReportArgs): Promise<PublishedReportSummaryType> {
    return this.progress.publish(args.planId, args.from, args.to);
  }

  @Roles(...PLAN_ROLES)
  @ResolveField(() => [ObjectiveType], { description: 'In order' })
  objectives(@Parent() plan: StrategicPlanType): Promise<ObjectiveType[]> {
    return this.loaders.objectives(plan.id);
  }

  @Roles(...PLAN_ROLES)
  @ResolveField(() => [MilestoneType], { description: 'By due date' })
  milestones(@Parent() plan: StrategicPlanType): Promise<MilestoneType[]> {
    return this.loaders.milestones(plan.id);
  }

  @Roles(...PLAN_ROLES)
  @ResolveField(() => [FundingType])
  funding(@Parent() plan: StrategicPlanType): Promise<FundingType[]> {
    return this.loaders.funding(plan.id);
  }

  @Roles(...PLAN_ROLES)
  @ResolveField(() => [PublishedReportSummaryType], { description: 'Newest first' })
  publishedReports(@Parent() plan: StrategicPlanType, @Args(firstArg(PAGE_SIZES.publishedReports, 'reports')) first?: number | null): Promise<PublishedReportSummaryType[]> {
    return this.loaders.publishedReports(plan.id, pageSize(first, PAGE_SIZES.publishedReports));
  }

  @Roles(...PLAN_ROLES)
  @ResolveField(() => ConsortiumType, { nullable: true, description: 'The consortium of a consortium plan' })
  async consortium(@Parent() plan: StrategicPlanType): Promise<ConsortiumType | null> {
    return plan.consortiumId ? this.loaders.consortium(plan.consortiumId) : null;
  }
}

@Resolver(() => ObjectiveType)
export class ObjectiveResolver {
  constructor(private readonly loaders: PlansLoaders) {}

  @Roles(...PLAN_ROLES)
  @ResolveField(() => [IndicatorType], { description: 'In order' })
  indicators(@Parent() objective: ObjectiveType): Promise<IndicatorType[]> {
    return this.loaders.indicators(objective.id);
  }
}

@Resolver(() => IndicatorType)
export class IndicatorResolver {
  constructor(
    private readonly loaders: PlansLoaders,
    private readonly departments: DepartmentsService,
  ) {}

  @Roles(...PLAN_ROLES)
  @ResolveField(() => [IndicatorYearTargetType], { description: 'By year' })
  yearTargets(@Parent() indicator: IndicatorType): Promise<IndicatorYearTargetType[]> {
    return this.loaders.yearTargets(indicator.id);
  }

  @Roles(...PLAN_ROLES)
  @ResolveField(() => DepartmentType, { nullable: true, description: 'Filter: only this department (organisation plans)' })
  async department(@Parent() indicator: IndicatorType): Promise<DepartmentType | null> {
    return indicator.departmentId ? this.departments.load(indicator.departmentId) : null;
  }
}
