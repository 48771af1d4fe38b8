import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { BadUserInputError, Roles } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { AuditEntryType } from './audit-entry.type.js';
import { AuditTrailService } from './audit-trail.service.js';

@Resolver(() => AuditEntryType)
export class AuditTrailResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Roles(Role.MANAGER)
  @Query(() => [AuditEntryType], { description: "Who looked at or changed a resident's record, newest first (managers only)" })
  residentAuditTrail(
    @Args('residentId', { type: () => ID }) residentId: string,
    @Args('first', { type: () => Int, defaultValue: 200, description: 'At most 1000' }) first: number,
  ): Promise<AuditEntryType[]> {
    if (first < 1 || first > 1000) throw new BadUserInputError({ first: 'Ask for 1 to 1000 entries' });
    return this.trail.ofResident(residentId, first);
  }
}
