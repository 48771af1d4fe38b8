import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { RelativesModule } from '@bridgeway/api-relatives';
import { ResidentsModule } from '@bridgeway/api-residents';
import { GriefFollowUpResolver, RelativeGriefFollowUpsResolver } from './grief-follow-up.resolver.js';
import { GriefFollowUpsService } from './grief-follow-ups.service.js';
import { HelplineContactResolver } from './helpline-contact.resolver.js';
import { HelplineContactsService } from './helpline-contacts.service.js';
import { HelplineFiguresResolver } from './helpline-figures.resolver.js';
import { HelplineFiguresService } from './helpline-figures.service.js';

@Module({
  imports: [OrganisationsModule, ResidentsModule, RelativesModule],
  providers: [
    HelplineContactsService,
    GriefFollowUpsService,
    HelplineFiguresService,
    HelplineContactResolver,
    GriefFollowUpResolver,
    RelativeGriefFollowUpsResolver,
    HelplineFiguresResolver,
  ],
})
export class HelplineModule {}
