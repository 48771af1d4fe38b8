import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { ResidentType } from '@bridgeway/api-residents';
import { CounsellingSessionType } from './counselling-session.type.js';
import { CounsellingLoaders } from './counselling.loaders.js';
import { CounsellingMinutesArgs } from './dto/counselling-minutes.args.js';

/** Counselling fields of `Resident`; batched over every resident of the request. */
@Resolver(() => ResidentType)
export class ResidentCounsellingResolver {
  constructor(private readonly loaders: CounsellingLoaders) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [CounsellingSessionType], { description: 'Newest first' })
  counsellingSessions(
    @Parent() resident: ResidentType,
    @Args(firstArg(PAGE_SIZES.counsellingSessions, 'sessions')) first?: number | null,
  ): Promise<CounsellingSessionType[]> {
    return this.loaders.sessionsOfResident({ residentId: resident.id, first: pageSize(first, PAGE_SIZES.counsellingSessions) });
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => Int, {
    description: 'Counselling minutes with this resident: all of them, or from `from` to `to` (both included; either may be left out)',
  })
  counsellingMinutes(@Parent() resident: ResidentType, @Args() period: CounsellingMinutesArgs): Promise<number> {
    return this.loaders.minutesOfResident(resident.id, period);
  }
}
