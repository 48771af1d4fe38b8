import { Global, Module } from '@nestjs/common';
import { OrganisationsAudit } from '@bridgeway/api-organisations';
import { AuditService } from './audit.service.js';
import { AuditTrailService } from './audit-trail.service.js';
import { PersonReadAuditPlugin } from './person-read-audit.plugin.js';
import { AuditLogResolver } from './audit-log.resolver.js';

@Global()
// OrganisationsAudit: the organisations library's port for its audit rows (it cannot import this library).
@Module({
  providers: [AuditService, AuditTrailService, AuditLogResolver, PersonReadAuditPlugin, { provide: OrganisationsAudit, useExisting: AuditService }],
  exports: [AuditService, AuditTrailService, OrganisationsAudit],
})
export class AuditModule {}
