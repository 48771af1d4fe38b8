import type { ApiLibrary } from '@bridgeway/api-database';
import { AuditEvent } from './audit-event.entity.js';
import { AuditModule } from './audit.module.js';

/** The audit trail is append-only: SELECT and INSERT. */
export const AUDIT_LIBRARY: ApiLibrary = {
  name: 'audit',
  module: AuditModule,
  entities: [AuditEvent],
  appRoleGrants: { audit_event: ['SELECT', 'INSERT'] },
};
