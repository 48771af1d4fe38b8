import type { ApiLibrary } from '@bridgeway/api-database';
import { AuditEvent } from './audit-event.entity.js';
import { AuditModule } from './audit.module.js';
import { MIGRATIONS } from './migrations/index.js';
import { AUDIT_PERSONAL_DATA } from './audit.personal-data.js';

/** The audit trail is append-only: SELECT and INSERT, and UPDATE of details alone, whose personal keys erasure clears (a trigger allows nothing else). */
export const AUDIT_LIBRARY: ApiLibrary = {
  name: 'audit',
  module: AuditModule,
  entities: [AuditEvent],
  appRoleGrants: { audit_event: ['SELECT', 'INSERT'] },
  migrations: MIGRATIONS,
  appRoleColumnGrants: { audit_event: { UPDATE: ['details'] } },
  personalData: AUDIT_PERSONAL_DATA,
};
