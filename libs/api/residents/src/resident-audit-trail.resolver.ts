import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditEntryType, AuditTrailService } from '@bridgeway/api-audit';
import { BadUserInputError, Roles } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { ResidentsService } from './residents.service.js';

/** A resident's audit trail: here, so the resident is found in this library's table and the trail read through the audit library's API. */
@Resolver(() => AuditEntryType)
export class ResidentAuditTrailResolver {
  constructor(
    private readonly residents: ResidentsService,
    private readonly trail: AuditTrailService,
  ) {}

  @Roles(Role.MANAGER)
  @Query(() => [AuditEntryType], { description: "Who looked at or changed a resident's record, newest first (managers only)" })
  async residentAuditTrail(
    @Args('residentId', { type: () => ID }) residentId: string,
    @Args('first', { type: () => Int, defaultValue: 200, description: 'At most 1000' }) first: number,
  ): Promise<AuditEntryType[]> {
    if (first < 1 || first > 1000) throw new BadUserInputError({ first: 'Ask for 1 to 1000 entries' });
    await this.residents.read(residentId); // NOT_FOUND for an unknown resident
    return this.trail.ofResident(residentId, first);
  }
}
