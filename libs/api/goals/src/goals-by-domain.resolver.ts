import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { GoalDomainSummary } from './goal-domain-summary.type.js';
import { GoalsByDomainService } from './goals-by-domain.service.js';
import { GoalsByDomainArgs } from './dto/goals-by-domain.args.js';

@Resolver(() => GoalDomainSummary)
export class GoalsByDomainResolver {
  constructor(private readonly service: GoalsByDomainService) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => [GoalDomainSummary], { description: 'Goal figures of your organisation for every life domain (zeros included), in domain order' })
  goalsByDomain(@Args() args: GoalsByDomainArgs): Promise<GoalDomainSummary[]> {
    return this.service.summaries(args);
  }
}
