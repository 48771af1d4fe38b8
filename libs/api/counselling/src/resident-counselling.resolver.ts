import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BadUserInputError, assertCaseWorker } from '@bridgeway/api-common';
import { ResidentType } from '@bridgeway/api-residents';
import { CounsellingSessionType } from './counselling-session.type.js';
import { CounsellingLoaders } from './counselling.loaders.js';

export const SESSIONS_PAGE_MAX = 500;

/** Counselling fields of `Resident`; batched over every resident of the request. */
@Resolver(() => ResidentType)
export class ResidentCounsellingResolver {
  constructor(private readonly loaders: CounsellingLoaders) {}

  @ResolveField(() => [CounsellingSessionType], { description: 'Newest first; `first` limits how many (default: all)' })
  counsellingSessions(
    @Parent() resident: ResidentType,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<CounsellingSessionType[]> {
    assertCaseWorker();
    if (first != null && (first < 0 || first > SESSIONS_PAGE_MAX)) {
      throw new BadUserInputError({ first: `Ask for 0 to ${SESSIONS_PAGE_MAX} sessions` });
    }
    return this.loaders.sessionsOfResident({ residentId: resident.id, first: first ?? null });
  }

  @ResolveField(() => Int, { description: 'All counselling minutes with this resident' })
  counsellingMinutes(@Parent() resident: ResidentType): Promise<number> {
    assertCaseWorker();
    return this.loaders.minutesOfResident(resident.id);
  }
}
