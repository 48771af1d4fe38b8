import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { ResidentAuditTrailResolver } from './resident-audit-trail.resolver.js';
import { ResidentConnectionResolver } from './resident-connection.resolver.js';
import { ResidentsResolver } from './residents.resolver.js';
import { ResidentsService } from './residents.service.js';
import { PossibleDuplicatesResolver } from './duplicates/possible-duplicates.resolver.js';
import { PossibleDuplicatesService } from './duplicates/possible-duplicates.service.js';

@Module({
  imports: [OrganisationsModule],
  providers: [ResidentsService, ResidentsResolver, ResidentConnectionResolver, ResidentAuditTrailResolver, PossibleDuplicatesService, PossibleDuplicatesResolver],
  exports: [ResidentsService],
})
export class ResidentsModule {}
