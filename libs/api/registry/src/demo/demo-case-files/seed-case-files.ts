import type { MikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { DEMO_ORGANISATIONS } from '../demo-organisations.js';
import { insertCaseFilePlan } from './insert-plan.js';
import { planCaseFiles } from './plan-case-files.js';
import { todayUtc } from './recent-activity.js';
import { CASE_FILE_PROFILES } from './tenant-profiles.js';

export interface SeededCaseFiles {
  slug: string;
  residents: number;
  sessions: number;
  rows: number;
}

/**
 * Loads the demo case files of every demo organisation that has no residents yet
 * (idempotent per tenant; a tenant is written in one transaction, so it is all or nothing).
 *
 * Seeding writes no audit_event rows: the audit trail records what people do through
 * the API, and demo rows were never created by anyone. The demo users must exist first.
 *
 * `today` (the seeding day, YYYY-MM-DD) adds recent activity after the demo period up to the day before it.
 */
export async function seedDemoCaseFiles(orm: MikroORM, today: string = todayUtc()): Promise<SeededCaseFiles[]> {
  const seeded: SeededCaseFiles[] = [];
  for (const org of DEMO_ORGANISATIONS) {
    const profile = CASE_FILE_PROFILES[org.slug];
    if (!profile) continue;
    const em = forkForTenant(orm.em, org.id);
    // The owner may be exempt from row-level security (a superuser is), so filter by tenant explicitly.
    if ((await em.count(Resident, { tenant: org.id })) > 0) continue;
    const staff = await em.find(UserAccount, { tenant: org.id });
    const plan = planCaseFiles(org.id, profile, staff.map((u) => ({ id: u.id, email: u.email, role: u.role })), today);
    if (!plan.residents.length) continue;
    const rows = await insertCaseFilePlan(em, plan);
    seeded.push({ slug: org.slug, residents: plan.residents.length, sessions: plan.sessions.length, rows });
  }
  return seeded;
}
