import type { EntityManager } from '@mikro-orm/postgresql';
import { getActor } from '@bridgeway/api-tenancy';

/** Today (YYYY-MM-DD) on the organisation's clock (tenant.time_zone), not the server's. */
export async function tenantToday(em: EntityManager): Promise<string> {
  const [{ today }] = await em.execute<{ today: string }[]>("select to_char(now() at time zone time_zone, 'YYYY-MM-DD') as today from tenant where id = :tenantId", {
    tenantId: getActor().tenantId,
  });
  return today;
}
