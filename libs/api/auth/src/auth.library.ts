import type { ApiLibrary } from '@bridgeway/api-database';
import { RefreshToken } from './refresh-token.entity.js';
import { MfaCredential } from './mfa-credential.entity.js';
import { MfaRecoveryCode } from './mfa-recovery-code.entity.js';
import { OrganisationMfaPolicy } from './organisation-mfa-policy.entity.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Refresh tokens, granted DELETE since the foundation migration (the app revokes rather than
 * deletes today). MFA credentials and recovery codes are deleted when MFA is turned off or reset;
 * an organisation's MFA policy is changed, never deleted. No module here: the app imports
 * AuthModule.forRoot(config) itself.
 */
export const AUTH_LIBRARY: ApiLibrary = {
  name: 'auth',
  entities: [RefreshToken, MfaCredential, MfaRecoveryCode, OrganisationMfaPolicy],
  migrations: MIGRATIONS,
  appRoleGrants: {
    refresh_token: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
    mfa_credential: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
    mfa_recovery_code: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
    organisation_mfa_policy: ['SELECT', 'INSERT', 'UPDATE'],
  },
};
