import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateScalar, Roles } from '@bridgeway/api-common';
import { DepartmentType, DepartmentsService, UserType, UsersService } from '@bridgeway/api-organisations';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { RelativeType, RelativesService } from '@bridgeway/api-relatives';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { GriefFollowUpType, PlannedContactType } from './grief-follow-up.type.js';
import { GriefFollowUpsService } from './grief-follow-ups.service.js';
import { GriefFollowUpsArgs } from './dto/grief-follow-ups.args.js';
import { StartGriefFollowUpInput, UpdateGriefFollowUpInput, UpdatePlannedContactInput } from './dto/grief-follow-up.inputs.js';

@Resolver(() => GriefFollowUpType)
export class GriefFollowUpResolver {
  constructor(
    private readonly service: GriefFollowUpsService,
    private readonly relatives: RelativesService,
    private readonly users: UsersService,
    private readonly departments: DepartmentsService,
  ) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => [GriefFollowUpType], { description: 'Follow-up plans of bereaved relatives, newest first' })
  griefFollowUps(
    @Args() args: GriefFollowUpsArgs,
    @Args(firstArg(PAGE_SIZES.griefFollowUps, 'follow-up plans')) first?: number | null,
  ): Promise<GriefFollowUpType[]> {
    return this.service.list(args, pageSize(first, PAGE_SIZES.griefFollowUps));
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => GriefFollowUpType, { description: 'Starts a follow-up plan for a bereaved relative with its planned contacts' })
  startGriefFollowUp(@Args('input') input: StartGriefFollowUpInput): Promise<GriefFollowUpType> {
    return this.service.start(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => GriefFollowUpType, { description: 'Changes the status or note of a plan; CONFLICT when `version` is not the current one' })
  updateGriefFollowUp(@Args('input') input: UpdateGriefFollowUpInput): Promise<GriefFollowUpType> {
    return this.service.update(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => PlannedContactType, { description: 'Adds a planned contact to an active plan' })
  addPlannedContact(
    @Args('followUpId', { type: () => ID }) followUpId: string,
    @Args('plannedOn', { type: () => DateScalar }) plannedOn: string,
  ): Promise<PlannedContactType> {
    return this.service.addContact(followUpId, plannedOn);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => PlannedContactType, { description: 'Records how a planned contact went (DONE, MISSED, CANCELLED) or plans it again' })
  updatePlannedContact(@Args('input') input: UpdatePlannedContactInput): Promise<PlannedContactType> {
    return this.service.updateContact(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => RelativeType, { description: 'The bereaved relative' })
  async relative(@Parent() followUp: GriefFollowUpType): Promise<RelativeType> {
    const relative = await this.relatives.load(followUp.relativeId);
    if (!relative) throw new Error(`Relative ${followUp.relativeId} of a follow-up plan was not found`);
    return relative;
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => UserType, { description: 'The counsellor or manager responsible for the plan' })
  async responsible(@Parent() followUp: GriefFollowUpType): Promise<UserType> {
    const user = await this.users.loadUser(followUp.responsibleId);
    if (!user) throw new Error(`Staff member ${followUp.responsibleId} of a follow-up plan was not found`);
    return user;
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => DepartmentType, { nullable: true })
  department(@Parent() followUp: GriefFollowUpType): Promise<DepartmentType | null> {
    return followUp.departmentId ? this.departments.load(followUp.departmentId) : Promise.resolve(null);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [PlannedContactType], { description: 'In date order' })
  contacts(
    @Parent() followUp: GriefFollowUpType,
    @Args(firstArg(PAGE_SIZES.plannedContacts, 'planned contacts')) first?: number | null,
  ): Promise<PlannedContactType[]> {
    return this.service.contactsOf(followUp.id, pageSize(first, PAGE_SIZES.plannedContacts));
  }
}

/** Adds the grief follow-up plans to the Relative type. */
@Resolver(() => RelativeType)
export class RelativeGriefFollowUpsResolver {
  constructor(private readonly service: GriefFollowUpsService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [GriefFollowUpType], { description: 'Grief follow-up plans of this relative, newest first' })
  griefFollowUps(
    @Parent() relative: RelativeType,
    @Args(firstArg(PAGE_SIZES.griefFollowUps, 'follow-up plans')) first?: number | null,
  ): Promise<GriefFollowUpType[]> {
    return this.service.ofRelative(relative.id, pageSize(first, PAGE_SIZES.griefFollowUps));
  }
}
