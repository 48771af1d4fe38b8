import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ResidentType } from '@bridgeway/api-residents';
import { StayType } from './stay.type.js';
import { StaysService } from './stays.service.js';

/** Adds the stays to the Resident type. */
@Resolver(() => ResidentType)
export class ResidentStaysResolver {
  constructor(private readonly service: StaysService) {}

  @ResolveField(() => StayType, { nullable: true, description: 'The open stay, if the person lives in a residence now' })
  currentStay(@Parent() resident: ResidentType): Promise<StayType | null> {
    return this.service.current(resident.id);
  }

  @ResolveField(() => [StayType], { description: 'All stays, newest first' })
  stays(@Parent() resident: ResidentType): Promise<StayType[]> {
    return this.service.ofResident(resident.id);
  }
}
