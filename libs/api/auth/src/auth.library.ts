import type { ApiLibrary } from '@bridgeway/api-database';
import { RefreshToken } from './refresh-token.entity.js';

/**
 * Refresh tokens, granted DELETE since the foundation migration (the app revokes rather than
 * deletes today). No module here: the app imports AuthModule.forRoot(config) itself.
 */
export const AUTH_LIBRARY: ApiLibrary = {
  name: 'auth',
  entities: [RefreshToken],
  appRoleGrants: { refresh_token: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] },
};
