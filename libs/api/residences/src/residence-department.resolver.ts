import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { DepartmentType } from '@bridgeway/api-organisations';
import { CASE_WORKER_ROLES, Role } from '@bridgeway/shared-domain';
import { ResidenceType } from './residence.type.js';
import { ResidenceDepartmentsService } from './residence-departments.service.js';

@Resolver(() => ResidenceType)
export class ResidenceDepartmentResolver {
  constructor(private readonly service: ResidenceDepartmentsService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => DepartmentType, { nullable: true, description: 'The department the residence belongs to' })
  department(@Parent() residence: ResidenceType): Promise<DepartmentType | null> {
    return this.service.departmentOf(residence.id);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ResidenceType, { description: 'Puts a residence into a department (null: none); a closed department is refused' })
  setResidenceDepartment(
    @Args('residenceId', { type: () => ID }) residenceId: string,
    @Args('departmentId', { type: () => ID, nullable: true }) departmentId: string | null,
  ): Promise<ResidenceType> {
    return this.service.setDepartment(residenceId, departmentId ?? null);
  }
}
