import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateScalar, Roles } from '@bridgeway/api-common';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { Role, CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { BedType, ResidenceType } from './residence.type.js';
import { ResidencesService } from './residences.service.js';
import { AddBedsInput } from './dto/add-beds.input.js';
import { CreateResidenceInput } from './dto/create-residence.input.js';
import { RetireBedInput } from './dto/retire-bed.input.js';
import { UpdateResidenceInput } from './dto/update-residence.input.js';

const READERS = [Role.MANAGER, Role.COUNSELLOR];

@Resolver(() => ResidenceType)
export class ResidencesResolver {
  constructor(private readonly service: ResidencesService) {}

  @Roles(...READERS)
  @Query(() => [ResidenceType], { description: 'Residences, open ones first' })
  residences(
    @Args('includeClosed', { type: () => Boolean, nullable: true, defaultValue: false }) includeClosed: boolean | null,
    @Args(firstArg(PAGE_SIZES.residences, 'residences')) first?: number | null,
    @Args('departmentId', { type: () => ID, nullable: true, description: 'Only the residences of this department' }) departmentId?: string | null,
  ): Promise<ResidenceType[]> {
    return this.service.list(includeClosed ?? false, pageSize(first, PAGE_SIZES.residences), departmentId);
  }

  @Roles(...READERS)
  @Query(() => ResidenceType, { nullable: true, description: 'NOT_FOUND for an unknown id' })
  residence(@Args('id', { type: () => ID }) id: string): Promise<ResidenceType> {
    return this.service.get(id);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ResidenceType, { description: 'Creates a residence with `capacity` beds' })
  createResidence(@Args('input') input: CreateResidenceInput): Promise<ResidenceType> {
    return this.service.create(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ResidenceType)
  updateResidence(@Args('input') input: UpdateResidenceInput): Promise<ResidenceType> {
    return this.service.update(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ResidenceType, { description: 'CONFLICT while people still live there' })
  closeResidence(@Args('id', { type: () => ID }) id: string, @Args('closedOn', { type: () => DateScalar }) closedOn: string): Promise<ResidenceType> {
    return this.service.close(id, closedOn);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ResidenceType)
  addBeds(@Args('input') input: AddBedsInput): Promise<ResidenceType> {
    return this.service.addBeds(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ResidenceType, { description: 'Takes a free bed out of use; CONFLICT if someone sleeps in it' })
  retireBed(@Args('input') input: RetireBedInput): Promise<ResidenceType> {
    return this.service.retireBed(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => Int, { description: 'Number of beds in use (not retired)' })
  capacity(@Parent() residence: ResidenceType): Promise<number> {
    return this.service.capacity(residence.id);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [BedType])
  beds(
    @Parent() residence: ResidenceType,
    @Args('includeRetired', { type: () => Boolean, nullable: true, defaultValue: false }) includeRetired: boolean | null,
    @Args(firstArg(PAGE_SIZES.beds, 'beds')) first?: number | null,
  ): Promise<BedType[]> {
    return this.service.bedsPage(residence.id, includeRetired ?? false, pageSize(first, PAGE_SIZES.beds));
  }
}
