import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserType } from '@bridgeway/api-organisations';
import { GoalEventType } from './goal-event.type.js';
import { GoalsLoaders } from './goals.loaders.js';

@Resolver(() => GoalEventType)
export class GoalEventResolver {
  constructor(private readonly loaders: GoalsLoaders) {}

  @ResolveField(() => UserType, { nullable: true })
  changedBy(@Parent() event: GoalEventType): Promise<UserType | null> {
    return this.loaders.user(event.changedById);
  }
}
