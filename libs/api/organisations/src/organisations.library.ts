import type { ApiLibrary } from '@bridgeway/api-database';
import { UserAccount } from './user-account.entity.js';
import { Department } from './department.entity.js';
import { OrganisationsModule } from './organisations.module.js';

/** Staff accounts are disabled and departments closed, never deleted: no DELETE. */
export const ORGANISATIONS_LIBRARY: ApiLibrary = {
  name: 'organisations',
  module: OrganisationsModule,
  entities: [UserAccount, Department],
  appRoleGrants: { user_account: ['SELECT', 'INSERT', 'UPDATE'], department: ['SELECT', 'INSERT', 'UPDATE'] },
};
