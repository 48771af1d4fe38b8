import { getActor } from '@bridgeway/api-tenancy';
import { CASE_WORKER_ROLES, type Role } from '@bridgeway/shared-domain';
import { ForbiddenError } from './errors.js';

/**
 * For @ResolveField on types owned by other libraries (Resident.*): field resolvers do not
 * pass through the global access guard, so the role rule is checked here.
 */
export function assertRole(...roles: readonly Role[]): void {
  if (!roles.includes(getActor().role)) throw new ForbiddenError();
}

/** `assertRole` for the case workers (managers and counsellors). */
export function assertCaseWorker(): void {
  assertRole(...CASE_WORKER_ROLES);
}
