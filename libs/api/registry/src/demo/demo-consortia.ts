import type { MikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { Role } from '@bridgeway/shared-domain';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';

function bySlug(slug: string) {
  const org = DEMO_ORGANISATIONS.find((o) => o.slug === slug);
  if (!org) throw new Error(`No demo organisation ${slug}`);
  return org;
}

/** The demo consortia: fixed ids, members by slug, coordinators by e-mail (of the member they work for). */
const DEMO_CONSORTIA = [
  { id: 'c0000000-0000-4000-8000-000000000001', name: 'Skupnosti MOST', members: ['most-a', 'most-b', 'most-c', 'most-d'], coordinators: [{ slug: 'most-a', email: 'coordinator@most.demo' }] },
  { id: 'c0000000-0000-4000-8000-000000000002', name: 'Rusnettverket Norge', members: ['rot', 'ivareta', 'a-larm'], coordinators: [] },
];

/**
 * Every WITHDRAW_EVERY-th resident of an organisation (by name) who no longer lives in a house
 * withdrew consent; the others gave it. Those housed today all consented, so the consortium plan's
 * "people housed" shows the seed's figure (docs/plans.md, demo).
 */
const WITHDRAW_EVERY = 25;

/**
 * Loads the demo consortia and the residents' consent decisions (idempotent: a consortium that
 * exists is left as it is; decisions are written for an organisation only while it has none).
 * Returns the number of consent decisions written.
 */
export async function seedDemoConsortia(orm: MikroORM): Promise<number> {
  const root = orm.em.fork();
  for (const c of DEMO_CONSORTIA) {
    const [created] = await root.execute<{ id: string }[]>('insert into consortium (id, name) values (?, ?) on conflict (id) do nothing returning id', [c.id, c.name]);
    if (!created) continue;
    for (const slug of c.members) {
      await forkForTenant(orm.em, bySlug(slug).id).execute(`insert into consortium_member (tenant_id, id, consortium_id, joined_on) values (?, gen_random_uuid(), ?, '2024-01-01')`, [bySlug(slug).id, c.id]);
    }
    for (const k of c.coordinators) {
      const tenantId = bySlug(k.slug).id;
      await forkForTenant(orm.em, tenantId).execute(
        'insert into consortium_coordinator (tenant_id, id, consortium_id, user_id) select ?, gen_random_uuid(), ?, u.id from user_account u where u.tenant_id = ? and u.email = ?',
        [tenantId, c.id, tenantId, k.email],
      );
    }
  }
  let decisions = 0;
  for (const org of DEMO_ORGANISATIONS) {
    const manager = org.users.find((u) => u.role === Role.MANAGER);
    if (!manager) continue;
    const rows = await forkForTenant(orm.em, org.id).execute<{ n: number }[]>(
      `insert into resident_consent (tenant_id, id, resident_id, given, decided_on, recorded_by_id, created_at)
       select r.tenant_id, gen_random_uuid(), r.id,
              r.n % ? <> 0 or exists (select 1 from stay s where s.tenant_id = r.tenant_id and s.resident_id = r.id and s.discharged_on is null),
              r.intake_date, u.id, now()
         from (select *, row_number() over (order by last_name, first_name, id) as n from resident where tenant_id = ?) r
         join user_account u on u.tenant_id = r.tenant_id and u.email = ?
        where not exists (select 1 from resident_consent c where c.tenant_id = ?)
       returning 1 as n`,
      [WITHDRAW_EVERY, org.id, manager.email, org.id],
    );
    decisions += rows.length;
  }
  return decisions;
}
