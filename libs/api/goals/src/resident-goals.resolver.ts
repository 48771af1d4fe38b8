import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { Roles } from '@bridgeway/api-common';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { ResidentType } from '@bridgeway/api-residents';
import { GoalType } from './goal.type.js';
import { GoalsLoaders } from './goals.loaders.js';

/** `Resident.goals`, batched over every resident of the request. */
@Resolver(() => ResidentType)
export class ResidentGoalsResolver {
  constructor(private readonly loaders: GoalsLoaders) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [GoalType], { description: 'Oldest first' })
  goals(@Parent() resident: ResidentType, @Args(firstArg(PAGE_SIZES.goals, 'goals')) first?: number | null): Promise<GoalType[]> {
    return this.loaders.goalsOfResident(resident.id, pageSize(first, PAGE_SIZES.goals));
  }
}
