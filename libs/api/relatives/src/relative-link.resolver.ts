import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { RelativeLinkType, RelativeType } from './relative.type.js';
import { RelativesService } from './relatives.service.js';

@Resolver(() => RelativeLinkType)
export class RelativeLinkResolver {
  constructor(
    private readonly relatives: RelativesService,
    private readonly residents: ResidentsService,
  ) {}

  @ResolveField(() => RelativeType)
  relative(@Parent() link: RelativeLinkType): Promise<RelativeType | null> {
    return this.relatives.load(link.relativeId);
  }

  @ResolveField(() => ResidentType)
  resident(@Parent() link: RelativeLinkType): Promise<ResidentType | null> {
    return this.residents.load(link.residentId);
  }
}

/** Adds the relatives to the Resident type. */
@Resolver(() => ResidentType)
export class ResidentRelativesResolver {
  constructor(private readonly service: RelativesService) {}

  @ResolveField(() => [RelativeLinkType], { description: 'Relatives and how they are related' })
  relatives(@Parent() resident: ResidentType): Promise<RelativeLinkType[]> {
    return this.service.linksOfResident(resident.id);
  }
}
