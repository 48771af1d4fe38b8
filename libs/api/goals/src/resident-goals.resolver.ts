import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { assertCaseWorker } from '@bridgeway/api-common';
import { ResidentType } from '@bridgeway/api-residents';
import { GoalType } from './goal.type.js';
import { GoalsLoaders } from './goals.loaders.js';

/** `Resident.goals`, batched over every resident of the request. */
@Resolver(() => ResidentType)
export class ResidentGoalsResolver {
  constructor(private readonly loaders: GoalsLoaders) {}

  @ResolveField(() => [GoalType], { description: 'Oldest first' })
  goals(@Parent() resident: ResidentType): Promise<GoalType[]> {
    assertCaseWorker();
    return this.loaders.goalsOfResident(resident.id);
  }
}
