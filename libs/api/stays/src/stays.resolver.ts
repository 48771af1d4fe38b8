import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { BedType, ResidenceType, ResidencesService } from '@bridgeway/api-residences';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { StayType } from './stay.type.js';
import { StaysService } from './stays.service.js';
import { AdmitResidentInput } from './dto/admit-resident.input.js';
import { DischargeResidentInput } from './dto/discharge-resident.input.js';

@Resolver(() => StayType)
export class StaysResolver {
  constructor(
    private readonly stays: StaysService,
    private readonly residents: ResidentsService,
    private readonly residences: ResidencesService,
  ) {}

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => StayType, { description: 'Admits into a free bed; CONFLICT when the residence is full or the person already lives in one' })
  admitResident(@Args('input') input: AdmitResidentInput): Promise<StayType> {
    return this.stays.admit(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => StayType, { description: 'Ends an open stay; the person moves to follow-up' })
  dischargeResident(@Args('input') input: DischargeResidentInput): Promise<StayType> {
    return this.stays.discharge(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ResidentType)
  async resident(@Parent() stay: StayType): Promise<ResidentType | null> {
    return this.residents.load(stay.residentId);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ResidenceType)
  residence(@Parent() stay: StayType): Promise<ResidenceType | null> {
    return this.residences.load(stay.residenceId);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => BedType)
  bed(@Parent() stay: StayType): Promise<BedType | null> {
    return this.residences.bed(stay.bedId);
  }
}
