import { Roles } from '@bridgeway/api-common';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { ResidentType } from '@bridgeway/api-residents';
import { StayType } from './stay.type.js';
import { StaysService } from './stays.service.js';

/** Adds the stays to the Resident type. */
@Resolver(() => ResidentType)
export class ResidentStaysResolver {
  constructor(private readonly service: StaysService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => StayType, { nullable: true, description: 'The open stay, if the person lives in a residence now' })
  currentStay(@Parent() resident: ResidentType): Promise<StayType | null> {
    return this.service.current(resident.id);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [StayType], { description: 'Stays, newest first' })
  stays(@Parent() resident: ResidentType, @Args(firstArg(PAGE_SIZES.stays, 'stays')) first?: number | null): Promise<StayType[]> {
    return this.service.ofResident(resident.id, pageSize(first, PAGE_SIZES.stays));
  }
}
