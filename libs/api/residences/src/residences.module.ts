import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { ResidencesResolver } from './residences.resolver.js';
import { ResidencesService } from './residences.service.js';
import { ResidenceDepartmentResolver } from './residence-department.resolver.js';
import { ResidenceDepartmentsService } from './residence-departments.service.js';

@Module({
  imports: [OrganisationsModule],
  providers: [ResidencesService, ResidencesResolver, ResidenceDepartmentsService, ResidenceDepartmentResolver],
  exports: [ResidencesService],
})
export class ResidencesModule {}
