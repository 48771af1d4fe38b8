import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { DepartmentType, DepartmentsService, UserType, UsersService } from '@bridgeway/api-organisations';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { RelativeType, RelativesService } from '@bridgeway/api-relatives';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { CASE_WORKER_ROLES, Role } from '@bridgeway/shared-domain';
import { HandoutType } from './handout.type.js';
import { HandoutsService } from './handouts.service.js';
import { MaterialSupportFigures } from './material-support-figures.type.js';
import { MaterialSupportFiguresService } from './material-support-figures.service.js';
import { RecordHandoutInput, UpdateHandoutInput } from './dto/handout.inputs.js';
import { HandoutsArgs, MaterialSupportFiguresArgs } from './dto/handouts.args.js';

/** Case workers and the volunteers who hand out parcels (GROUP_LEADER). */
const HANDOUT_STAFF: readonly Role[] = [Role.MANAGER, Role.COUNSELLOR, Role.GROUP_LEADER];

@Resolver(() => HandoutType)
export class HandoutResolver {
  constructor(
    private readonly service: HandoutsService,
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly residents: ResidentsService,
    private readonly relatives: RelativesService,
  ) {}

  @Roles(...HANDOUT_STAFF)
  @Query(() => [HandoutType], { description: 'Newest first. A group leader sees no recipient of a handout to a person record' })
  handouts(@Args() args: HandoutsArgs, @Args(firstArg(PAGE_SIZES.handouts, 'handouts')) first?: number | null): Promise<HandoutType[]> {
    return this.service.list(args, pageSize(first, PAGE_SIZES.handouts));
  }

  @Roles(...HANDOUT_STAFF)
  @Mutation(() => HandoutType, { description: 'Records a handout; a group leader records anonymous ones only' })
  recordHandout(@Args('input') input: RecordHandoutInput): Promise<HandoutType> {
    return this.service.record(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => HandoutType, { description: 'Corrects a handout' })
  updateHandout(@Args('input') input: UpdateHandoutInput): Promise<HandoutType> {
    return this.service.update(input);
  }

  @Roles(...HANDOUT_STAFF)
  @ResolveField(() => DepartmentType, { nullable: true })
  department(@Parent() handout: HandoutType): Promise<DepartmentType | null> {
    return handout.departmentId ? this.departments.load(handout.departmentId) : Promise.resolve(null);
  }

  @Roles(...HANDOUT_STAFF)
  @ResolveField(() => UserType, { description: 'Who recorded the handout' })
  async recordedBy(@Parent() handout: HandoutType): Promise<UserType> {
    const user = await this.users.loadUser(handout.recordedById);
    if (!user) throw new Error(`Staff member ${handout.recordedById} of a handout was not found`);
    return user;
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ResidentType, { nullable: true, description: 'The resident who received it (case workers only)' })
  resident(@Parent() handout: HandoutType): Promise<ResidentType | null> {
    return handout.residentId ? this.residents.load(handout.residentId) : Promise.resolve(null);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => RelativeType, { nullable: true, description: 'The relative who received it (case workers only)' })
  relative(@Parent() handout: HandoutType): Promise<RelativeType | null> {
    return handout.relativeId ? this.relatives.load(handout.relativeId) : Promise.resolve(null);
  }
}

@Resolver(() => MaterialSupportFigures)
export class MaterialSupportFiguresResolver {
  constructor(private readonly service: MaterialSupportFiguresService) {}

  @Roles(Role.MANAGER)
  @Query(() => MaterialSupportFigures, { description: 'Handouts of a period per kind; parcels = food parcels handed out' })
  materialSupportFigures(@Args() args: MaterialSupportFiguresArgs): Promise<MaterialSupportFigures> {
    return this.service.figures(args);
  }
}
