import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { RelativeLinkType, RelativeType } from './relative.type.js';
import { RelativesService } from './relatives.service.js';
import { CreateRelativeInput } from './dto/create-relative.input.js';
import { LinkRelativeInput, UnlinkRelativeInput } from './dto/link-relative.input.js';
import { RelativesArgs } from './dto/relatives.args.js';
import { UpdateRelativeInput } from './dto/update-relative.input.js';

@Resolver(() => RelativeType)
export class RelativesResolver {
  constructor(private readonly service: RelativesService) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => [RelativeType], { description: 'Relatives by last name, first name' })
  relatives(@Args() args: RelativesArgs): Promise<RelativeType[]> {
    return this.service.list(args);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => RelativeType, { nullable: true, description: "Opens a relative's record (audited); NOT_FOUND for an unknown id" })
  relative(@Args('id', { type: () => ID }) id: string): Promise<RelativeType> {
    return this.service.read(id);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => RelativeType, { description: 'Creates a relative, linked to a resident when residentId is given' })
  createRelative(@Args('input') input: CreateRelativeInput): Promise<RelativeType> {
    return this.service.create(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => RelativeType)
  updateRelative(@Args('input') input: UpdateRelativeInput): Promise<RelativeType> {
    return this.service.update(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => RelativeLinkType, { description: 'CONFLICT when already linked' })
  linkRelative(@Args('input') input: LinkRelativeInput): Promise<RelativeLinkType> {
    return this.service.link(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => RelativeType, { description: 'Removes the link; the relative stays on record' })
  unlinkRelative(@Args('input') input: UnlinkRelativeInput): Promise<RelativeType> {
    return this.service.unlink(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [RelativeLinkType], { description: 'The residents this person is related to' })
  residents(@Parent() relative: RelativeType, @Args(firstArg(PAGE_SIZES.relativeResidents, 'residents')) first?: number | null): Promise<RelativeLinkType[]> {
    return this.service.linksOfRelative(relative.id, pageSize(first, PAGE_SIZES.relativeResidents));
  }
}
