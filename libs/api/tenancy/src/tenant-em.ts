import type { EntityManager } from '@mikro-orm/core';
import { TENANT_SETTING, USER_SETTING } from './tenant-policy.js';

/** Session variables for one tenant; applied by MikroORM with set_config(..., true) after each BEGIN. */
export function tenantSession(tenantId: string, userId?: string) {
  return { variables: { [TENANT_SETTING]: tenantId, ...(userId ? { [USER_SETTING]: userId } : {}) } };
}

/** A fresh entity manager whose every transaction runs in the given tenant's context. */
export function forkForTenant<E extends EntityManager>(em: E, tenantId: string, userId?: string): E {
  return em.fork({ clear: true, session: tenantSession(tenantId, userId) }) as E;
}
