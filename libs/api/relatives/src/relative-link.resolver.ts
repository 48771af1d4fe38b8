import { Roles } from '@bridgeway/api-common';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { RelativeLinkType, RelativeType } from './relative.type.js';
import { RelativesService } from './relatives.service.js';

@Resolver(() => RelativeLinkType)
export class RelativeLinkResolver {
  constructor(
    private readonly relatives: RelativesService,
    private readonly residents: ResidentsService,
  ) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => RelativeType)
  relative(@Parent() link: RelativeLinkType): Promise<RelativeType | null> {
    return this.relatives.load(link.relativeId);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ResidentType)
  resident(@Parent() link: RelativeLinkType): Promise<ResidentType | null> {
    return this.residents.load(link.residentId);
  }
}

/** Adds the relatives to the Resident type. */
@Resolver(() => ResidentType)
export class ResidentRelativesResolver {
  constructor(private readonly service: RelativesService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [RelativeLinkType], { description: 'Relatives and how they are related' })
  relatives(@Parent() resident: ResidentType, @Args(firstArg(PAGE_SIZES.residentRelatives, 'relatives')) first?: number | null): Promise<RelativeLinkType[]> {
    return this.service.linksOfResident(resident.id, pageSize(first, PAGE_SIZES.residentRelatives));
  }
}
