import { MikroORM } from '@mikro-orm/postgresql';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { UserAccount, hashPassword } from '@bridgeway/api-organisations';
import { createOrmConfig } from '../orm-config.js';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-organisations.js';

/**
 * Loads the demo consortium (idempotent: organisations that exist are left as they are).
 * Refuses to run in production. Runs as the owner, but writes through each tenant's
 * context so the row-level policies check every row.
 */
export async function seedDemo(adminUrl: string, env: { NODE_ENV?: string } = process.env): Promise<{ created: string[] }> {
  if (env.NODE_ENV === 'production') throw new Error('The demo seeder refuses to run with NODE_ENV=production');
  const orm = await MikroORM.init(createOrmConfig({ clientUrl: adminUrl, poolMax: 2 }));
  const created: string[] = [];
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const org of DEMO_ORGANISATIONS) {
      const root = orm.em.fork();
      if (await root.findOne(Tenant, { id: org.id })) continue;
      root.create(Tenant, { id: org.id, slug: org.slug, name: org.name, country: org.country });
      await root.flush();
      const em = forkForTenant(orm.em, org.id);
      for (const user of org.users) {
        em.create(UserAccount, { tenant: em.getReference(Tenant, org.id), email: user.email, displayName: user.displayName, role: user.role, passwordHash });
      }
      await em.flush();
      created.push(org.slug);
    }
    return { created };
  } finally {
    await orm.close(true);
  }
}
