import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { GoalType } from './goal.type.js';
import { GoalEventType } from './goal-event.type.js';
import { GoalsLoaders } from './goals.loaders.js';
import { GoalsService } from './goals.service.js';
import { CreateGoalInput } from './dto/create-goal.input.js';
import { UpdateGoalInput } from './dto/update-goal.input.js';
import { UpdateGoalProgressInput } from './dto/update-goal-progress.input.js';

@Resolver(() => GoalType)
export class GoalResolver {
  constructor(
    private readonly service: GoalsService,
    private readonly loaders: GoalsLoaders,
    private readonly residents: ResidentsService,
  ) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => GoalType, { nullable: true, description: 'NOT_FOUND for an unknown id' })
  goal(@Args('id', { type: () => ID }) id: string): Promise<GoalType> {
    return this.service.get(id);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => GoalType, { description: 'Creates a goal and the first entry of its history' })
  createGoal(@Args('input') input: CreateGoalInput): Promise<GoalType> {
    return this.service.create(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => GoalType, { description: 'Records progress; CONFLICT with extensions.current when expectedVersion is stale' })
  updateGoalProgress(@Args('input') input: UpdateGoalProgressInput): Promise<GoalType> {
    return this.service.updateProgress(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => GoalType, { description: 'Edits title, description, target date or domain; CONFLICT with extensions.current when expectedVersion is stale' })
  updateGoal(@Args('input') input: UpdateGoalInput): Promise<GoalType> {
    return this.service.update(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ResidentType)
  async resident(@Parent() goal: GoalType): Promise<ResidentType | null> {
    return this.residents.load(goal.residentId);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [GoalEventType], { description: 'The latest `first` changes, oldest first' })
  history(@Parent() goal: GoalType, @Args(firstArg(PAGE_SIZES.goalHistory, 'changes')) first?: number | null): Promise<GoalEventType[]> {
    return this.loaders.historyOfGoal(goal.id, pageSize(first, PAGE_SIZES.goalHistory));
  }
}
