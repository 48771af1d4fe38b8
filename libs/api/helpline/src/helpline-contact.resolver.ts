import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { DepartmentType, DepartmentsService, UserType, UsersService } from '@bridgeway/api-organisations';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { RelativeType, RelativesService } from '@bridgeway/api-relatives';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { HelplineContactType } from './helpline-contact.type.js';
import { HelplineContactsService } from './helpline-contacts.service.js';
import { HELPLINE_STAFF } from './helpline-roles.js';
import { HelplineContactsArgs } from './dto/helpline-contacts.args.js';
import { LogHelplineContactInput } from './dto/log-helpline-contact.input.js';
import { UpdateHelplineContactInput } from './dto/update-helpline-contact.input.js';

@Resolver(() => HelplineContactType)
export class HelplineContactResolver {
  constructor(
    private readonly service: HelplineContactsService,
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly relatives: RelativesService,
    private readonly residents: ResidentsService,
  ) {}

  @Roles(...HELPLINE_STAFF)
  @Query(() => [HelplineContactType], { description: 'Newest first. Case workers: every contact; a group leader: the contacts they logged' })
  helplineContacts(
    @Args() args: HelplineContactsArgs,
    @Args(firstArg(PAGE_SIZES.helplineContacts, 'contacts')) first?: number | null,
  ): Promise<HelplineContactType[]> {
    return this.service.list(args, pageSize(first, PAGE_SIZES.helplineContacts));
  }

  @Roles(...HELPLINE_STAFF)
  @Mutation(() => HelplineContactType, { description: 'Logs a helpline contact; anonymous unless linked to a relative or resident (case workers only)' })
  logHelplineContact(@Args('input') input: LogHelplineContactInput): Promise<HelplineContactType> {
    return this.service.log(input);
  }

  @Roles(...HELPLINE_STAFF)
  @Mutation(() => HelplineContactType, { description: 'Corrects a contact. A group leader: their own, within 24 hours of logging it' })
  updateHelplineContact(@Args('input') input: UpdateHelplineContactInput): Promise<HelplineContactType> {
    return this.service.update(input);
  }

  @Roles(...HELPLINE_STAFF)
  @ResolveField(() => DepartmentType, { nullable: true })
  department(@Parent() contact: HelplineContactType): Promise<DepartmentType | null> {
    return contact.departmentId ? this.departments.load(contact.departmentId) : Promise.resolve(null);
  }

  @Roles(...HELPLINE_STAFF)
  @ResolveField(() => UserType, { description: 'Who logged the contact' })
  async recordedBy(@Parent() contact: HelplineContactType): Promise<UserType> {
    const user = await this.users.loadUser(contact.recordedById);
    if (!user) throw new Error(`Staff member ${contact.recordedById} of a helpline contact was not found`);
    return user;
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => RelativeType, { nullable: true, description: 'The relative the contact was with, if linked (case workers only)' })
  relative(@Parent() contact: HelplineContactType): Promise<RelativeType | null> {
    return contact.relativeId ? this.relatives.load(contact.relativeId) : Promise.resolve(null);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ResidentType, { nullable: true, description: 'The resident the contact was with, if linked (case workers only)' })
  resident(@Parent() contact: HelplineContactType): Promise<ResidentType | null> {
    return contact.residentId ? this.residents.load(contact.residentId) : Promise.resolve(null);
  }
}
