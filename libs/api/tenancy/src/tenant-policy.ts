import type { EntityOptions } from '@mikro-orm/core';
import { TENANT_SETTING } from '@bridgeway/api-database';

export { TENANT_SETTING, USER_SETTING } from '@bridgeway/api-database';

/**
 * An unset setting reads as '' on a pooled connection that saw it before, so
 * nullif(...)::uuid turns "no context" into NULL and the comparison into no rows.
 */
export const TENANT_MATCH = `tenant_id = nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;

/** Entity options every tenant-owned table shares: RLS enabled and forced, one policy for reads and writes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the decorator's own parameter type
export function tenantOwned<T>(tableName: string, extra: Partial<EntityOptions<T>> = {}): EntityOptions<any> {
  return {
    tableName,
    rowLevelSecurity: 'force',
    ...extra,
    policies: [{ name: `${tableName}_tenant_isolation`, command: 'all', using: TENANT_MATCH, check: TENANT_MATCH }, ...(extra.policies ?? [])],
  } as EntityOptions<T>;
}
