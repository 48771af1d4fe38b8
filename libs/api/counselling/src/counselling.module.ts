import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { RelativesModule } from '@bridgeway/api-relatives';
import { ResidentsModule } from '@bridgeway/api-residents';
import { CounsellingLoaders } from './counselling.loaders.js';
import { CounsellingService } from './counselling.service.js';
import { CounsellingSessionResolver } from './counselling-session.resolver.js';
import { CounsellingTotalsResolver, CounsellorMinutesResolver, ResidentMinutesResolver } from './counselling-totals.resolver.js';
import { CounsellingTotalsService } from './counselling-totals.service.js';
import { ResidentCounsellingResolver } from './resident-counselling.resolver.js';
import { SessionNotesAccess } from './session-notes-access.js';
import { SessionRevisionResolver, SessionWithdrawalResolver } from './session-revision.resolver.js';

@Module({
  imports: [OrganisationsModule, ResidentsModule, RelativesModule],
  providers: [
    CounsellingLoaders,
    CounsellingService,
    CounsellingTotalsService,
    SessionNotesAccess,
    CounsellingSessionResolver,
    ResidentCounsellingResolver,
    CounsellingTotalsResolver,
    CounsellorMinutesResolver,
    ResidentMinutesResolver,
    SessionRevisionResolver,
    SessionWithdrawalResolver,
  ],
  exports: [CounsellingLoaders],
})
export class CounsellingModule {}
