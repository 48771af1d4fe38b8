import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Roles, selectsField } from '@bridgeway/api-common';
import { UserType, UsersService } from '@bridgeway/api-organisations';
import { CASE_WORKER_ROLES, Role } from '@bridgeway/shared-domain';
import { ResidentType } from './resident.type.js';
import { ResidentConnection } from './resident-connection.type.js';
import { ResidentsService } from './residents.service.js';
import { CreateResidentInput } from './dto/create-resident.input.js';
import { ResidentsArgs } from './dto/residents.args.js';
import { UpdateResidentInput } from './dto/update-resident.input.js';
import { AssignKeyWorkerInput } from './dto/assign-key-worker.input.js';

@Resolver(() => ResidentType)
export class ResidentsResolver {
  constructor(
    private readonly service: ResidentsService,
    private readonly users: UsersService,
  ) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => ResidentConnection, { description: 'Residents by last name, first name; keyset-paginated' })
  residents(@Args() args: ResidentsArgs, @Info() info: GraphQLResolveInfo): Promise<ResidentConnection> {
    return this.service.list(args, selectsField(info, 'totalCount'));
  }

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => ResidentType, { nullable: true, description: 'Opens a person\'s record (audited); NOT_FOUND for an unknown id' })
  resident(@Args('id', { type: () => ID }) id: string): Promise<ResidentType> {
    return this.service.read(id);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => ResidentType)
  createResident(@Args('input') input: CreateResidentInput): Promise<ResidentType> {
    return this.service.create(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => ResidentType, { description: 'CONFLICT when expectedVersion is not the current version' })
  updateResident(@Args('input') input: UpdateResidentInput): Promise<ResidentType> {
    return this.service.update(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ResidentType, { description: 'Names the key worker (who then reads all notes of the resident), or nobody; managers only, audited with old and new' })
  assignKeyWorker(@Args('input') input: AssignKeyWorkerInput): Promise<ResidentType> {
    return this.service.assignKeyWorker(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ResidentType, { description: 'Closes the case; CONFLICT while the person lives in a residence' })
  closeResident(@Args('id', { type: () => ID }) id: string): Promise<ResidentType> {
    return this.service.close(id);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ResidentType, { description: 'Reopens a closed case for follow-up' })
  reopenResident(@Args('id', { type: () => ID }) id: string): Promise<ResidentType> {
    return this.service.reopen(id);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => UserType, { nullable: true, description: 'The counsellor responsible' })
  keyWorker(@Parent() resident: ResidentType): Promise<UserType | null> {
    return resident.keyWorkerId ? this.users.loadUser(resident.keyWorkerId) : Promise.resolve(null);
  }
}
