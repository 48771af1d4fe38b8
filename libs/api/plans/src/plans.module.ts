import { Module } from '@nestjs/common';
import { ConsortiaModule } from '@bridgeway/api-consortia';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { PlansLoaders } from './plans.loaders.js';
import { IndicatorResolver, ObjectiveResolver, PlansResolver } from './plans.resolver.js';
import { PlansService } from './plans.service.js';
import { ProgressService } from './progress.service.js';

@Module({
  imports: [ConsortiaModule, OrganisationsModule],
  providers: [PlansService, ProgressService, PlansLoaders, PlansResolver, ObjectiveResolver, IndicatorResolver],
  exports: [PlansService, ProgressService],
})
export class PlansModule {}
