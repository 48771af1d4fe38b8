import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { ResidentsModule } from '@bridgeway/api-residents';
import { GoalEventResolver } from './goal-event.resolver.js';
import { GoalResolver } from './goal.resolver.js';
import { GoalsByDomainResolver } from './goals-by-domain.resolver.js';
import { GoalsByDomainService } from './goals-by-domain.service.js';
import { GoalsLoaders } from './goals.loaders.js';
import { GoalsService } from './goals.service.js';
import { ResidentGoalsResolver } from './resident-goals.resolver.js';

@Module({
  imports: [OrganisationsModule, ResidentsModule],
  providers: [GoalsLoaders, GoalsService, GoalsByDomainService, GoalsByDomainResolver, GoalResolver, GoalEventResolver, ResidentGoalsResolver],
  exports: [GoalsLoaders],
})
export class GoalsModule {}
