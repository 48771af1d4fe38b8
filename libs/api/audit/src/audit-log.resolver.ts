import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { AuditLogCsvType, AuditLogFilterArgs, AuditLogPageArgs, AuditLogPageType } from './audit-log.types.js';
import { AuditTrailService } from './audit-trail.service.js';

/** The organisation's audit log for managers: filtered, paged, and as a bounded CSV download. */
@Resolver(() => AuditLogPageType)
export class AuditLogResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Roles(Role.MANAGER)
  @Query(() => AuditLogPageType, { description: 'Who looked at or changed what in your organisation, newest first: one entry per record and request (managers only)' })
  auditLog(@Args() args: AuditLogPageArgs): Promise<AuditLogPageType> {
    const { first, offset, ...filter } = args;
    return this.trail.page(filter, first, offset);
  }

  @Roles(Role.MANAGER)
  @Query(() => AuditLogCsvType, { description: 'The filtered audit log as CSV (synchronous; at most 10,000 newest entries, managers only)' })
  auditLogCsv(@Args() filter: AuditLogFilterArgs): Promise<AuditLogCsvType> {
    return this.trail.csv(filter);
  }
}
