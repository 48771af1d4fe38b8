import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { ALL_ROLES, Role } from '@bridgeway/shared-domain';
import { DepartmentType } from './department.type.js';
import { DepartmentsService } from './departments.service.js';
import { UserType } from './graphql-types.js';
import { CreateDepartmentInput } from './dto/create-department.input.js';
import { UpdateDepartmentInput } from './dto/update-department.input.js';

@Resolver(() => DepartmentType)
export class DepartmentsResolver {
  constructor(private readonly service: DepartmentsService) {}

  // Every staff role: department names are no person data, and every role filters by them.
  @Roles(...ALL_ROLES)
  @Query(() => [DepartmentType], { description: 'The organisation’s departments by name; closed ones only with includeClosed' })
  departments(@Args('includeClosed', { type: () => Boolean, nullable: true, defaultValue: false }) includeClosed: boolean | null): Promise<DepartmentType[]> {
    return this.service.list(includeClosed ?? false);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => DepartmentType, { description: 'Creates an active department; BAD_USER_INPUT when the name is taken' })
  createDepartment(@Args('input') input: CreateDepartmentInput): Promise<DepartmentType> {
    return this.service.create(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => DepartmentType, { description: 'Renames, moves, pauses, closes or reopens a department; CONFLICT (VERSION_MISMATCH) on a stale version' })
  updateDepartment(@Args('input') input: UpdateDepartmentInput): Promise<DepartmentType> {
    return this.service.update(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => UserType, { description: 'Puts a staff member into a department (null: none); a closed department is refused' })
  setStaffDepartment(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('departmentId', { type: () => ID, nullable: true }) departmentId: string | null,
  ): Promise<UserType> {
    return this.service.setStaffDepartment(userId, departmentId ?? null);
  }
}

@Resolver(() => UserType)
export class UserDepartmentResolver {
  constructor(private readonly service: DepartmentsService) {}

  // Same as the User's other fields: every role sees a User (at least `me`).
  @Roles(...ALL_ROLES)
  @ResolveField(() => DepartmentType, { nullable: true, description: 'The department the staff member works in' })
  department(@Parent() user: UserType): Promise<DepartmentType | null> {
    return this.service.ofUser(user.id);
  }
}
