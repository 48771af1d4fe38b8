import { Role } from '@bridgeway/shared-domain';

/**
 * Who in an organisation must sign in with a second factor. An organisation without a stored
 * setting uses PRIVILEGED (the default for every new organisation); the demo seed stores
 * NOT_ENFORCED so the README's demo accounts keep signing in with the password alone.
 */
export enum MfaPolicy {
  /** Managers and consortium coordinators must; everyone else may. */
  PRIVILEGED = 'PRIVILEGED',
  /** Everyone in the organisation must. */
  EVERYONE = 'EVERYONE',
  /** Nobody must (demo organisations); anyone may still enrol and is then asked. */
  NOT_ENFORCED = 'NOT_ENFORCED',
}

export const DEFAULT_MFA_POLICY = MfaPolicy.PRIVILEGED;

/** Roles whose accounts reach the most records: a second factor is theirs by default. */
export const PRIVILEGED_ROLES: readonly Role[] = [Role.MANAGER, Role.CONSORTIUM_COORDINATOR];

export function mfaRequiredFor(policy: MfaPolicy, role: Role): boolean {
  if (policy === MfaPolicy.EVERYONE) return true;
  if (policy === MfaPolicy.PRIVILEGED) return PRIVILEGED_ROLES.includes(role);
  return false;
}
