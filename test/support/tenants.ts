import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { UserAccount, hashPassword } from '@bridgeway/api-organisations';
import { Role } from '@bridgeway/shared-domain';
import { MfaPolicy } from '@bridgeway/api-auth';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestTenant {
  id: string;
  name: string;
  users: Record<Role, { id: string; email: string }>;
}

let hash: Promise<string> | undefined;

/**
 * A fresh tenant with one user per role, so suites never share rows. Written as the owner.
 * Two-step sign-in is not enforced unless `mfaPolicy` says so (test/auth/mfa.test.ts does).
 */
export async function createTestTenant(owner: MikroORM, label = 'test', mfaPolicy: MfaPolicy = MfaPolicy.NOT_ENFORCED): Promise<TestTenant> {
  hash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  const suffix = id.slice(0, 8);
  const root = owner.em.fork();
  root.create(Tenant, { id, slug: `${label}-${suffix}`, name: `${label} ${suffix}`, country: 'SI' });
  await root.flush();
  const em = forkForTenant(owner.em, id);
  const users = {} as TestTenant['users'];
  for (const role of Object.values(Role)) {
    const email = `${role.toLowerCase()}.${suffix}@${label}.test`;
    const user = em.create(UserAccount, { tenant: em.getReference(Tenant, id), email, displayName: `${role} ${suffix}`, role, passwordHash: await hash });
    users[role] = { id: user.id, email };
  }
  await em.flush();
  await em.execute(`insert into organisation_mfa_policy (tenant_id, id, policy, updated_at) values (:id, :rowId, :mfaPolicy, now())`, { id, rowId: randomUUID(), mfaPolicy });
  return { id, name: `${label} ${suffix}`, users };
}
