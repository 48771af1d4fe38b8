import type { MikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import type { TestTenant } from '../../support/tenants.js';

/** The period the fixtures fall in. */
export const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

/**
 * Rows written straight into a tenant as the owner: one open residence (a bed per resident) and one
 * closed inside the period; `residents` residents, each with a stay open at PERIOD.to, a 90-minute
 * session in the period and a goal ACHIEVED in it; plus one discharged resident with a session
 * before the period (counted nowhere). Returns the resident ids.
 */
export async function populate(owner: MikroORM, t: TestTenant, residents: number): Promise<string[]> {
  const em = forkForTenant(owner.em, t.id);
  const q = (sql: string, params: unknown[]) => em.execute<{ id: string }[]>(sql, params);
  const counsellor = t.users.COUNSELLOR.id;
  const [open] = await q(`insert into residence (tenant_id, id, name, opened_on, created_at) values (?, gen_random_uuid(), 'Open', '2025-01-01', now()) returning id`, [t.id]);
  await q(`insert into residence (tenant_id, id, name, opened_on, closed_on, created_at) values (?, gen_random_uuid(), 'Closed', '2025-01-01', '2026-03-01', now()) returning id`, [t.id]);
  const ids: string[] = [];
  for (let i = 0; i <= residents; i++) {
    const [resident] = await q(`insert into resident (tenant_id, id, first_name, last_name, intake_date, created_at) values (?, gen_random_uuid(), 'R', ?, '2025-01-01', now()) returning id`, [t.id, `r${i}`]);
    const past = i === residents;
    const [bed] = await q(`insert into bed (tenant_id, id, residence_id, room, label, created_at) values (?, gen_random_uuid(), ?, '1', ?, now()) returning id`, [t.id, open.id, `b${i}`]);
    await q(
      `insert into stay (tenant_id, id, resident_id, residence_id, bed_id, admitted_on, discharged_on, discharge_reason, admitted_by_id, created_at) values (?, gen_random_uuid(), ?, ?, ?, '2025-06-01', ?, ?, ?, now()) returning id`,
      [t.id, resident.id, open.id, bed.id, past ? '2025-12-01' : null, past ? 'COMPLETED' : null, counsellor],
    );
    await q(
      `insert into counselling_session (tenant_id, id, resident_id, counsellor_id, occurred_on, duration_minutes, kind, created_at) values (?, gen_random_uuid(), ?, ?, ?, 90, 'INDIVIDUAL', now()) returning id`,
      [t.id, resident.id, counsellor, past ? '2025-11-01' : '2026-02-10'],
    );
    if (past) continue;
    const [goal] = await q(
      `insert into goal (tenant_id, id, resident_id, domain, title, status, progress, created_by_id, created_at, updated_at) values (?, gen_random_uuid(), ?, 'WORK', 'Job', 'ACHIEVED', 100, ?, now(), now()) returning id`,
      [t.id, resident.id, counsellor],
    );
    await q(
      `insert into goal_event (tenant_id, id, goal_id, changed_by_id, changed_at, from_status, to_status, from_progress, to_progress) values (?, gen_random_uuid(), ?, ?, '2026-03-15T10:00:00Z', 'IN_PROGRESS', 'ACHIEVED', 50, 100) returning id`,
      [t.id, goal.id, counsellor],
    );
    ids.push(resident.id);
  }
  return ids;
}

/** A consent decision written as the owner (history row). */
export async function decide(owner: MikroORM, t: TestTenant, residentId: string, given: boolean, decidedOn: string): Promise<void> {
  await forkForTenant(owner.em, t.id).execute(
    `insert into resident_consent (tenant_id, id, resident_id, given, decided_on, recorded_by_id, created_at) values (?, gen_random_uuid(), ?, ?, ?, ?, now())`,
    [t.id, residentId, given, decidedOn, t.users.MANAGER.id],
  );
}

/**
 * The figures counted again, independently of tenant_metrics: people with a stay open at `to`,
 * sessions in the period, goals whose last status change (UTC day) is in the period and that
 * are ACHIEVED; residents whose latest decision withdrew consent are left out when `consented`.
 */
export async function countedInTest(owner: MikroORM, tenantId: string, consented: boolean) {
  const [row] = await forkForTenant(owner.em, tenantId).execute<Record<string, string | number>[]>(
    `with out as (
       select c.resident_id from resident_consent c
        where c.tenant_id = ? and ? and not c.given
          and not exists (select 1 from resident_consent l where l.tenant_id = c.tenant_id and l.resident_id = c.resident_id
                           and (l.decided_on, l.created_at, l.id) > (c.decided_on, c.created_at, c.id))
     )
     select (select count(*) from residence where tenant_id = ? and coalesce(opened_on, '-infinity') <= ?::date and coalesce(closed_on, 'infinity') > ?::date) as residences_open,
            (select count(distinct resident_id) from stay where tenant_id = ? and admitted_on <= ?::date and coalesce(discharged_on, 'infinity') > ?::date and resident_id not in (select * from out)) as current_residents,
            (select coalesce(sum(duration_minutes), 0) from counselling_session where tenant_id = ? and occurred_on between ?::date and ?::date and resident_id not in (select * from out)) as minutes,
            (select count(distinct resident_id) from counselling_session where tenant_id = ? and occurred_on between ?::date and ?::date and resident_id not in (select * from out)) as people_counselled,
            (select count(*) from goal g where g.tenant_id = ? and g.status = 'ACHIEVED' and g.resident_id not in (select * from out)
               and (select (max(e.changed_at) at time zone 'UTC')::date from goal_event e where e.goal_id = g.id and e.from_status is distinct from e.to_status) between ?::date and ?::date) as goals_achieved`,
    [tenantId, consented, tenantId, PERIOD.to, PERIOD.to, tenantId, PERIOD.to, PERIOD.to, tenantId, PERIOD.from, PERIOD.to, tenantId, PERIOD.from, PERIOD.to, tenantId, PERIOD.from, PERIOD.to],
  );
  const n = (k: string) => Number(row[k]);
  return {
    residencesOpen: n('residences_open'),
    currentResidents: n('current_residents'),
    counsellingHours: Math.round((n('minutes') * 100) / 60) / 100,
    peopleCounselled: n('people_counselled'),
    trainingsHeld: 0,
    goalsAchieved: n('goals_achieved'),
  };
}
