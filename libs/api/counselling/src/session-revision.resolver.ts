import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { UserType, UsersService } from '@bridgeway/api-organisations';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { SessionRevisionType, SessionWithdrawalType } from './session-revision.type.js';

@Resolver(() => SessionRevisionType)
export class SessionRevisionResolver {
  constructor(private readonly users: UsersService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => UserType, { nullable: true, description: 'Who made the change' })
  changedBy(@Parent() revision: SessionRevisionType): Promise<UserType | null> {
    return this.users.loadUser(revision.changedById);
  }
}

@Resolver(() => SessionWithdrawalType)
export class SessionWithdrawalResolver {
  constructor(private readonly users: UsersService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => UserType, { nullable: true, description: 'Who withdrew the session' })
  by(@Parent() withdrawal: SessionWithdrawalType): Promise<UserType | null> {
    return withdrawal.byId ? this.users.loadUser(withdrawal.byId) : Promise.resolve(null);
  }
}
