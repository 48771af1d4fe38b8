import type { ApiLibrary } from '@bridgeway/api-database';
import { Tenant } from './tenant.entity.js';

/** The tenant table is platform data: the app only reads it. */
export const TENANCY_LIBRARY: ApiLibrary = {
  name: 'tenancy',
  entities: [Tenant],
  appRoleGrants: { tenant: ['SELECT'] },
};
