import { Roles } from '@bridgeway/api-common';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BedType, ResidenceType, ResidencesService } from '@bridgeway/api-residences';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { StaysService } from './stays.service.js';

/** Adds who lives where to the Residence type. */
@Resolver(() => ResidenceType)
export class ResidenceOccupancyResolver {
  constructor(
    private readonly stays: StaysService,
    private readonly residences: ResidencesService,
  ) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => Int, { description: 'Number of people living there now (open stays)' })
  occupancy(@Parent() residence: ResidenceType): Promise<number> {
    return this.stays.occupancy(residence.id);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => Int, { description: 'Beds in use that nobody sleeps in' })
  async freeBeds(@Parent() residence: ResidenceType): Promise<number> {
    const [capacity, occupancy] = await Promise.all([this.residences.capacity(residence.id), this.stays.occupancy(residence.id)]);
    return Math.max(0, capacity - occupancy);
  }
}

/** Adds the occupant to the Bed type. */
@Resolver(() => BedType)
export class BedOccupantResolver {
  constructor(
    private readonly stays: StaysService,
    private readonly residents: ResidentsService,
  ) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ResidentType, { nullable: true, description: 'Who sleeps in this bed now; null if it is free' })
  async occupant(@Parent() bed: BedType): Promise<ResidentType | null> {
    const stay = await this.stays.inBed(bed.id);
    return stay ? this.residents.load(stay.residentId) : null;
  }
}
