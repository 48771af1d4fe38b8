import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { MfaPolicy } from '@bridgeway/api-auth';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';

/**
 * The demo organisations do not enforce two-step sign-in, so the README's demo accounts sign in
 * with the password alone (new organisations default to PRIVILEGED). Idempotent, and applied to
 * demo databases made before MFA existed too; a policy a manager has set since is left as it is.
 */
export async function seedDemoMfaPolicy(orm: MikroORM): Promise<void> {
  for (const org of DEMO_ORGANISATIONS) {
    const em = forkForTenant(orm.em, org.id);
    await em.execute(
      `insert into organisation_mfa_policy (tenant_id, id, policy, updated_at)
       select :tenantId, :id, :policy, now() where exists (select 1 from tenant where id = :tenantId)
       on conflict (tenant_id) do nothing`,
      { tenantId: org.id, id: randomUUID(), policy: MfaPolicy.NOT_ENFORCED },
    );
  }
}
