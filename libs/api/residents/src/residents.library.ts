import type { ApiLibrary } from '@bridgeway/api-database';
import { Resident } from './resident.entity.js';
import { ResidentsModule } from './residents.module.js';
import { RESIDENTS_PERSONAL_DATA } from './residents.personal-data.js';

/** Residents are never deleted by the app. */
export const RESIDENTS_LIBRARY: ApiLibrary = {
  name: 'residents',
  module: ResidentsModule,
  entities: [Resident],
  appRoleGrants: { resident: ['SELECT', 'INSERT', 'UPDATE'] },
  personalData: RESIDENTS_PERSONAL_DATA,
};
