import { ForbiddenError } from '@bridgeway/api-common';
import { getActor } from '@bridgeway/api-tenancy';
import { Role } from '@bridgeway/shared-domain';

/** Who works with case files: every counselling operation is for them only. */
export const CASE_WORKERS: readonly Role[] = [Role.MANAGER, Role.COUNSELLOR];

/**
 * For @ResolveField on types owned by other libraries (Resident.*): field resolvers do not
 * pass through the global access guard, so the role rule is checked here.
 */
export function assertCaseWorker(): void {
  if (!CASE_WORKERS.includes(getActor().role)) throw new ForbiddenError();
}
