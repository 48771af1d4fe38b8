import type { ApiLibrary } from '@bridgeway/api-database';
import { UserAccount } from './user-account.entity.js';
import { OrganisationsModule } from './organisations.module.js';

/** Staff accounts are disabled, never deleted: no DELETE. */
export const ORGANISATIONS_LIBRARY: ApiLibrary = {
  name: 'organisations',
  module: OrganisationsModule,
  entities: [UserAccount],
  appRoleGrants: { user_account: ['SELECT', 'INSERT', 'UPDATE'] },
};
