import { Roles } from '@bridgeway/api-common';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ResidentConnection } from './resident-connection.type.js';
import { ResidentsService } from './residents.service.js';

@Resolver(() => ResidentConnection)
export class ResidentConnectionResolver {
  constructor(private readonly service: ResidentsService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => Int, { description: 'Residents matching the filter, on all pages' })
  totalCount(@Parent() connection: ResidentConnection): Promise<number> {
    return connection.totalCount !== undefined ? Promise.resolve(connection.totalCount) : this.service.count(connection.filter);
  }
}
