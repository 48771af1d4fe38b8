import { Roles } from '@bridgeway/api-common';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserType, UsersService } from '@bridgeway/api-organisations';
import { GoalEventType } from './goal-event.type.js';

@Resolver(() => GoalEventType)
export class GoalEventResolver {
  constructor(private readonly users: UsersService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => UserType, { nullable: true })
  changedBy(@Parent() event: GoalEventType): Promise<UserType | null> {
    return this.users.loadUser(event.changedById);
  }
}
