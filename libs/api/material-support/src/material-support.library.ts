import type { ApiLibrary } from '@bridgeway/api-database';
import { MIGRATIONS } from './migrations/index.js';
import { Handout } from './handout.entity.js';
import { MaterialSupportModule } from './material-support.module.js';
import { MATERIAL_SUPPORT_PERSONAL_DATA } from './material-support.personal-data.js';

/** Handouts are corrected, not deleted. */
export const MATERIAL_SUPPORT_LIBRARY: ApiLibrary = {
  name: 'material-support',
  module: MaterialSupportModule,
  migrations: MIGRATIONS,
  entities: [Handout],
  appRoleGrants: { handout: ['SELECT', 'INSERT', 'UPDATE'] },
  personalData: MATERIAL_SUPPORT_PERSONAL_DATA,
};
