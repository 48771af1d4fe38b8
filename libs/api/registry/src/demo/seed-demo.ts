import { createHash } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { UserAccount, hashPassword } from '@bridgeway/api-organisations';
import { apiOrmConfig } from '../orm.js';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-organisations.js';
import { seedDemoCaseFiles, type SeededCaseFiles } from './demo-case-files/seed-case-files.js';
import { seedDemoProgrammes, type SeededProgrammes } from './demo-programmes/seed-programmes.js';
import { seedDemoConsortia } from './demo-consortia.js';
import { seedDemoPlans } from './demo-plans.js';
import { seedDemoMfaPolicy } from './demo-mfa-policy.js';

/** A fixed id per demo user (name-based, UUID v5 layout), so every fresh start gives the same rows. */
export function demoUserId(tenantId: string, email: string): string {
  const hex = createHash('sha1').update(`bridgeway-demo-user:${tenantId}:${email}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface DemoSeedResult {
  /** Slugs of organisations created now. */
  created: string[];
  /** Tenants whose case files were loaded now. */
  caseFiles: SeededCaseFiles[];
  /** Tenants whose programmes, helpline log and handouts were loaded now (only while they have no programme). */
  programmes: SeededProgrammes[];
  ms: number;
}

/**
 * Loads the demo consortium (idempotent: organisations that exist are left as they are;
 * case files are loaded for a demo organisation only while it has no residents).
 * Refuses to run in production. Runs as the owner, but writes through each tenant's
 * context so the row-level policies check every row. Logs what it loaded and how long it took.
 */
export async function seedDemo(adminUrl: string, env: { NODE_ENV?: string } = process.env, log: (line: string) => void = console.log): Promise<DemoSeedResult> {
  if (env.NODE_ENV === 'production') throw new Error('The demo seeder refuses to run with NODE_ENV=production');
  const started = performance.now();
  const orm = await MikroORM.init(apiOrmConfig({ clientUrl: adminUrl, poolMax: 2 }));
  const created: string[] = [];
  try {
    let passwordHash: Promise<string> | undefined;
    for (const org of DEMO_ORGANISATIONS) {
      const root = orm.em.fork();
      if (await root.findOne(Tenant, { id: org.id })) continue;
      passwordHash ??= hashPassword(DEMO_PASSWORD);
      root.create(Tenant, { id: org.id, slug: org.slug, name: org.name, country: org.country, timeZone: org.country === 'SI' ? 'Europe/Ljubljana' : 'Europe/Oslo' });
      await root.flush();
      const em = forkForTenant(orm.em, org.id);
      for (const user of org.users) {
        em.create(UserAccount, {
          id: demoUserId(org.id, user.email),
          tenant: em.getReference(Tenant, org.id),
          email: user.email,
          displayName: user.displayName,
          role: user.role,
          passwordHash: await passwordHash,
        });
      }
      await em.flush();
      created.push(org.slug);
    }
    await seedDemoMfaPolicy(orm);
    const caseFiles = await seedDemoCaseFiles(orm);
    const programmesStarted = performance.now();
    const programmes = await seedDemoProgrammes(orm);
    const programmesMs = Math.round(performance.now() - programmesStarted);
    const consents = await seedDemoConsortia(orm);
    if (consents) log(`Loaded demo consortia and ${consents} consent decisions`);
    const plans = await seedDemoPlans(orm);
    if (plans) log(`Loaded ${plans} demo strategic plans`);
    const ms = Math.round(performance.now() - started);
    if (caseFiles.length) {
      const rows = caseFiles.reduce((sum, c) => sum + c.rows, 0);
      const detail = caseFiles.map((c) => `${c.slug} ${c.residents} residents/${c.sessions} sessions`).join(', ');
      log(`Loaded demo case files (${rows} rows: ${detail}) in ${ms} ms`);
    }
    if (programmes.length) {
      const rows = programmes.reduce((sum, p) => sum + p.rows, 0);
      const detail = programmes.map((p) => `${p.slug} ${p.programmes} programmes/${p.meetings} meetings`).join(', ');
      log(`Loaded demo programmes (${rows} rows: ${detail}) in ${programmesMs} ms`);
    }
    return { created, caseFiles, programmes, ms };
  } finally {
    await orm.close(true);
  }
}
