import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';
import { AuditTrailService } from './audit-trail.service.js';
import { PersonReadAuditPlugin } from './person-read-audit.plugin.js';

@Global()
@Module({ providers: [AuditService, AuditTrailService, PersonReadAuditPlugin], exports: [AuditService, AuditTrailService] })
export class AuditModule {}
