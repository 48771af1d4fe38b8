import type { ApiLibrary } from '@bridgeway/api-database';
import { Stay } from './stay.entity.js';
import { StaysModule } from './stays.module.js';
import { STAYS_PERSONAL_DATA } from './stays.personal-data.js';

/** Stays are never deleted by the app. */
export const STAYS_LIBRARY: ApiLibrary = {
  name: 'stays',
  module: StaysModule,
  entities: [Stay],
  appRoleGrants: { stay: ['SELECT', 'INSERT', 'UPDATE'] },
  personalData: STAYS_PERSONAL_DATA,
};
