import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BadUserInputError, DateScalar, assertCaseWorker } from '@bridgeway/api-common';
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

  @ResolveField(() => Int, {
    description: 'Counselling minutes with this resident: all of them, or from `from` to `to` (both included; either may be left out)',
  })
  counsellingMinutes(
    @Parent() resident: ResidentType,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string | null,
  ): Promise<number> {
    assertCaseWorker();
    if (from && to && to < from) throw new BadUserInputError({ to: 'The end of the period cannot be before its start' });
    return this.loaders.minutesOfResident(resident.id, { from: from ?? null, to: to ?? null });
  }
}
