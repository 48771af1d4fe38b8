import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';
import { AuditTrailResolver } from './audit-trail.resolver.js';
import { AuditTrailService } from './audit-trail.service.js';
import { PersonReadAuditPlugin } from './person-read-audit.plugin.js';

@Global()
@Module({ providers: [AuditService, AuditTrailService, AuditTrailResolver, PersonReadAuditPlugin], exports: [AuditService] })
export class AuditModule {}
