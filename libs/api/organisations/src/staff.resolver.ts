import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Roles } from '@bridgeway/api-common';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { Role } from '@bridgeway/shared-domain';
import { UserType } from './graphql-types.js';
import { UsersService } from './users.service.js';

@ArgsType()
class StaffArgs {
  @Field(() => [Role], { nullable: true, description: 'Only these roles; all when omitted' })
  @IsOptional()
  @IsArray()
  @IsEnum(Role, { each: true, message: 'Not a role' })
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true, description: 'Only staff of this department' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;
}

@Resolver(() => UserType)
export class StaffResolver {
  constructor(private readonly users: UsersService) {}

  // Managers assign staff (programme leaders, departments); staff names and e-mails are theirs to see.
  @Roles(Role.MANAGER)
  @Query(() => [UserType], { description: 'Active staff of your organisation by name (managers): for choosing leaders and departments' })
  staff(@Args() args: StaffArgs, @Args(firstArg(PAGE_SIZES.staff, 'staff members')) first: number | null): Promise<UserType[]> {
    return this.users.listStaff({ roles: args.roles, departmentId: args.departmentId, first: pageSize(first, PAGE_SIZES.staff) });
  }
}
