import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { ResidentType } from '@bridgeway/api-residents';
import { CASE_WORKER_ROLES, Role } from '@bridgeway/shared-domain';
import { ConsentService } from './consent.service.js';
import { ConsortiaService } from './consortia.service.js';
import { ConsortiumConsentType, ConsortiumOverviewType, ConsortiumType } from './consortium.type.js';
import { ConsortiumOverviewArgs } from './dto/consortium-overview.args.js';
import { RecordConsortiumConsentInput } from './dto/record-consent.input.js';

const CONSORTIUM_ROLES = [Role.CONSORTIUM_COORDINATOR, Role.MANAGER] as const;

@Resolver(() => ConsortiumType)
export class ConsortiaResolver {
  constructor(private readonly service: ConsortiaService) {}

  @Roles(...CONSORTIUM_ROLES)
  @Query(() => [ConsortiumType], { description: "A coordinator's consortia, or those the manager's organisation belongs to" })
  consortia(): Promise<ConsortiumType[]> {
    return this.service.list();
  }

  @Roles(...CONSORTIUM_ROLES)
  @Query(() => ConsortiumOverviewType, {
    description: 'Aggregated figures per partner and in total (audited); residents who withdrew consent are left out. NOT_FOUND for a consortium the caller does not see',
  })
  consortiumOverview(@Args() args: ConsortiumOverviewArgs): Promise<ConsortiumOverviewType> {
    return this.service.overview(args);
  }
}

@Resolver(() => ResidentType)
export class ResidentConsentResolver {
  constructor(private readonly consent: ConsentService) {}

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => ConsortiumConsentType, { description: 'Records a decision (history kept); audited as an UPDATE of the resident' })
  recordConsortiumConsent(@Args('input') input: RecordConsortiumConsentInput): Promise<ConsortiumConsentType> {
    return this.consent.record(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ConsortiumConsentType, { description: 'Consent to consortium statistics, with its history' })
  consortiumConsent(@Parent() resident: ResidentType): Promise<ConsortiumConsentType> {
    return this.consent.ofResident(resident.id);
  }
}
