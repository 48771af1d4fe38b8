import { Module } from '@nestjs/common';
import { StaffResolver } from './staff.resolver.js';
import { UsersService } from './users.service.js';
import { DepartmentsService } from './departments.service.js';
import { DepartmentsResolver, UserDepartmentResolver } from './departments.resolver.js';

/** Departments write audit rows through OrganisationsAudit, which the (global) AuditModule provides. */
@Module({
  providers: [UsersService, DepartmentsService, DepartmentsResolver, UserDepartmentResolver, StaffResolver],
  exports: [UsersService, DepartmentsService],
})
export class OrganisationsModule {}
