import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Role } from '@bridgeway/shared-domain';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { UserAccount, hashPassword } from '@bridgeway/api-organisations';
import { Programme } from '@bridgeway/api-programmes';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, type DemoOrganisation } from '../demo-organisations.js';
// A function declaration: safe across the import cycle with seed-demo.ts (it is called, never read, at load time).
import { demoUserId } from '../seed-demo.js';
import { insertProgrammesPlan } from './insert-programmes.js';
import type { TenantFacts } from './plan-types.js';
import { planProgrammes } from './plan-programmes.js';
import { zonedDay } from './zoned-time.js';

export interface SeededProgrammes {
  slug: string;
  programmes: number;
  meetings: number;
  attendance: number;
  helplineContacts: number;
  handouts: number;
  rows: number;
}

/**
 * Demo accounts added to the list after an organisation was first loaded (the group leaders of
 * issue 10) are created now, so an existing demo database gets them too; existing accounts are
 * left as they are.
 */
async function addMissingDemoUsers(tx: EntityManager, org: DemoOrganisation, passwordHash: () => Promise<string>): Promise<void> {
  const existing = new Set((await tx.find(UserAccount, { tenant: org.id }, { fields: ['email'] })).map((u) => u.email));
  const missing = org.users.filter((u) => !existing.has(u.email));
  if (!missing.length) return;
  const hash = await passwordHash();
  for (const user of missing) {
    tx.create(UserAccount, { id: demoUserId(org.id, user.email), tenant: tx.getReference(Tenant, org.id), email: user.email, displayName: user.displayName, role: user.role, passwordHash: hash });
  }
  await tx.flush();
}

async function readFacts(tx: EntityManager, org: DemoOrganisation): Promise<TenantFacts> {
  const params = { tenantId: org.id };
  const [{ time_zone: timeZone }] = await tx.execute<{ time_zone: string }[]>(`select time_zone from tenant where id = :tenantId`, params);
  const staff = await tx.execute<{ id: string; email: string; role: Role }[]>(`select id, email, role from user_account where tenant_id = :tenantId and disabled_at is null order by email`, params);
  const residents = await tx.execute<{ id: string; intake_date: string; closed: boolean; last_contact: string | null }[]>(
    `select r.id, r.intake_date::text as intake_date, r.status = 'CLOSED' as closed,
            (select max(s.occurred_on)::text from counselling_session s where s.tenant_id = r.tenant_id and s.resident_id = r.id) as last_contact
       from resident r where r.tenant_id = :tenantId order by r.id`,
    params,
  );
  const relatives = await tx.execute<{ id: string; since: string; linked: boolean }[]>(
    `select r.id, (r.created_at at time zone :timeZone)::date::text as since,
            exists (select 1 from resident_relative l where l.tenant_id = r.tenant_id and l.relative_id = r.id) as linked
       from relative r where r.tenant_id = :tenantId order by r.id`,
    { ...params, timeZone },
  );
  const departments = await tx.execute<{ id: string; name: string }[]>(`select id, name from department where tenant_id = :tenantId order by name`, params);
  return {
    tenantId: org.id,
    slug: org.slug,
    timeZone,
    staff,
    residents: residents.map((r) => ({ id: r.id, intakeDate: r.intake_date, closed: r.closed, lastContact: r.last_contact })),
    relatives,
    departments,
  };
}

/**
 * Loads the demo programmes, helpline log and material support of every demo organisation that
 * has no programme yet (idempotent per tenant; a tenant is written in one transaction of its
 * context, so it is all or nothing). Like the case files, seeding writes no audit rows.
 * The case files must be loaded first: participants are the tenant's residents and relatives.
 *
 * `today` (the seeding day, YYYY-MM-DD; by default today in each organisation's time zone, as the
 * meeting generator counts it): meetings before it are held, from it on scheduled.
 */
export async function seedDemoProgrammes(orm: MikroORM, today?: string): Promise<SeededProgrammes[]> {
  let hash: Promise<string> | undefined;
  const passwordHash = () => (hash ??= hashPassword(DEMO_PASSWORD));
  const seedOne = async (org: DemoOrganisation): Promise<SeededProgrammes | null> => {
    const em = forkForTenant(orm.em, org.id);
    // The owner may be exempt from row-level security (a superuser is), so filter by tenant explicitly.
    if (!(await em.findOne(Tenant, { id: org.id })) || (await em.count(Programme, { tenant: org.id })) > 0) return null;
    return em.transactional(async (tx) => {
      await addMissingDemoUsers(tx, org, passwordHash);
      const facts = await readFacts(tx, org);
      const plan = planProgrammes(facts, today ?? zonedDay(new Date(), facts.timeZone));
      if (!plan.programmes.length) return null;
      const rows = await insertProgrammesPlan(tx, plan);
      return {
        slug: org.slug,
        programmes: plan.programmes.length,
        meetings: plan.meetings.length,
        attendance: plan.attendance.length,
        helplineContacts: plan.helplineContacts.length,
        handouts: plan.handouts.length,
        rows,
      };
    });
  };
  // Two tenants at a time (the seeder's pool has two connections): one plans while the other's rows are written.
  const queue = [...DEMO_ORGANISATIONS];
  const seeded = new Map<string, SeededProgrammes>();
  const worker = async () => {
    for (let org = queue.shift(); org; org = queue.shift()) {
      const result = await seedOne(org);
      if (result) seeded.set(org.slug, result);
    }
  };
  // settle both before failing: the caller closes the ORM right after
  const failed = (await Promise.allSettled([worker(), worker()])).find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
  return DEMO_ORGANISATIONS.flatMap((org) => seeded.get(org.slug) ?? []);
}
