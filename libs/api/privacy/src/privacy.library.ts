import type { ApiLibrary } from '@bridgeway/api-database';
import { PrivacyModule } from './privacy.module.js';
import { ErasureRequest } from './erasure/erasure-request.entity.js';
import { RetentionPolicy } from './erasure/retention-policy.entity.js';
import { ERASURE_REQUESTS_PERSONAL_DATA } from './erasure/erasure-requests.personal-data.js';
import { MIGRATIONS } from './migrations/index.js';

/** Art. 15 exports and art. 17 erasure over every library's personal-data declarations. */
export const PRIVACY_LIBRARY: ApiLibrary = {
  name: 'privacy',
  module: PrivacyModule,
  entities: [ErasureRequest, RetentionPolicy],
  migrations: MIGRATIONS,
  // Requests and the retention setting are never deleted: a decided request is the record that it was handled.
  appRoleGrants: { erasure_request: ['SELECT', 'INSERT', 'UPDATE'], retention_policy: ['SELECT', 'INSERT', 'UPDATE'] },
  personalData: ERASURE_REQUESTS_PERSONAL_DATA,
};
