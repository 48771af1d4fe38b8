import type { ApiLibrary } from '@bridgeway/api-database';
import { PrivacyModule } from './privacy.module.js';

/** Art. 15 exports and art. 17 erasure over every library's personal-data declarations. */
export const PRIVACY_LIBRARY: ApiLibrary = {
  name: 'privacy',
  module: PrivacyModule,
  entities: [],
  appRoleGrants: {},
};
