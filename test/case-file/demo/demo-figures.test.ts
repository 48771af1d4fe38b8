import pg from 'pg';
import { CASE_FILE_PROFILES, DEMO_ORGANISATIONS, DEMO_PERIOD, addDays, demoUserId, planCaseFiles, todayUtc, type CaseFilePlan, type StaffMember } from '@bridgeway/api-registry';
import { adminUrl } from '../../support/orm.js';

/**
 * The demo consortium that `npm start` loads, checked on the database the jest global
 * setup seeded (seedDemo on a fresh database). Figures are computed with SQL as the owner,
 * straight from the records, the way a report would compute them.
 */
const MOST_IDS = DEMO_ORGANISATIONS.filter((o) => o.slug.startsWith('most-')).map((o) => o.id);
const DEMO_IDS = DEMO_ORGANISATIONS.map((o) => o.id);
function organisation(slug: string) {
  const org = DEMO_ORGANISATIONS.find((o) => o.slug === slug);
  if (!org) throw new Error(`No demo organisation ${slug}`);
  return org;
}
const tenantId = (slug: string): string => organisation(slug).id;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SQL result rows; the assertions check their shape
type Row = Record<string, any>;
const { start: FROM, end: TO } = DEMO_PERIOD;
/** The global setup seeded the database today (or, just after midnight, yesterday): recent activity ends before it. */
const TODAY = todayUtc();

describe('demo case files', () => {
  let db: pg.Client;
  const figures: Record<string, unknown> = {};

  async function rows<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await db.query(sql, params)).rows as T[];
  }
  async function one<T = Row>(sql: string, params: unknown[] = []): Promise<T> {
    return (await rows<T>(sql, params))[0];
  }
  /** A count of rows that break an invariant (0 expected). */
  async function violations(sql: string, params: unknown[] = [DEMO_IDS]): Promise<number> {
    return Number((await one<{ n: string }>(`select count(*) as n from (${sql}) v`, params)).n);
  }

  beforeAll(async () => {
    db = new pg.Client({ connectionString: adminUrl() });
    await db.connect();
  });

  afterAll(async () => {
    console.log(`Demo figures (${FROM} … ${TO}):\n${JSON.stringify(figures, null, 2)}`);
    await db.end();
  });

  describe('Skupnosti MOST (4 partners)', () => {
    it('runs 6 open residences with a little over 15 beds', async () => {
      const r = await one(
        `select count(*)::int as residences, count(*) filter (where closed_on is null and opened_on <= $2)::int as open,
                (select count(*)::int from bed b where b.tenant_id = any($1) and b.retired_on is null) as beds
           from residence where tenant_id = any($1)`,
        [MOST_IDS, TO],
      );
      figures.mostResidences = r;
      expect(r.open).toBe(6);
      expect(r.residences).toBe(6);
      expect(r.beds).toBeGreaterThan(15);
      expect(r.beds).toBeLessThanOrEqual(20);
    });

    it('houses 15 current residents (open stays)', async () => {
      const r = await one(
        `select count(*)::int as open_stays, count(distinct resident_id)::int as residents,
                (select count(*)::int from resident where tenant_id = any($1) and status = 'IN_RESIDENCE') as in_residence
           from stay where tenant_id = any($1) and discharged_on is null`,
        [MOST_IDS],
      );
      figures.mostCurrentResidents = r.residents;
      expect(r).toEqual({ open_stays: 15, residents: 15, in_residence: 15 });
    });

    it('gave about 1,400 hours of individual counselling to more than 80 people over the two years', async () => {
      const r = await one(
        `select sum(duration_minutes)::int as minutes, count(*)::int as sessions, count(distinct (tenant_id, resident_id))::int as people,
                min(duration_minutes)::int as shortest, max(duration_minutes)::int as longest,
                count(*) filter (where duration_minutes % 5 <> 0)::int as off_step
           from counselling_session
          where tenant_id = any($1) and kind = 'INDIVIDUAL' and resident_id is not null and occurred_on between $2 and $3`,
        [MOST_IDS, FROM, TO],
      );
      const hours = r.minutes / 60;
      const perPartner = await rows(
        `select t.slug, round(sum(s.duration_minutes) / 60.0, 2)::float as hours, count(distinct s.counsellor_id)::int as counsellors
           from counselling_session s join tenant t on t.id = s.tenant_id
          where s.tenant_id = any($1) and s.kind = 'INDIVIDUAL' and s.resident_id is not null and s.occurred_on between $2 and $3
          group by t.slug order by t.slug`,
        [MOST_IDS, FROM, TO],
      );
      figures.mostIndividualCounselling = { hours, sessions: r.sessions, people: r.people, perPartner };
      expect(hours).toBeGreaterThanOrEqual(1390);
      expect(hours).toBeLessThanOrEqual(1410);
      expect(r.people).toBeGreaterThan(80);
      expect([r.shortest, r.longest, r.off_step]).toEqual([30, 90, 0]);
    });

    it('spreads individual counselling over the period and over every counsellor and manager', async () => {
      const quarters = await rows<{ quarter: string; hours: number }>(
        `select to_char(date_trunc('quarter', occurred_on - interval '1 month') + interval '1 month', 'YYYY-MM') as quarter,
                round(sum(duration_minutes) / 60.0)::int as hours
           from counselling_session
          where tenant_id = any($1) and kind = 'INDIVIDUAL' and resident_id is not null and occurred_on between $2 and $3
          group by 1 order by 1`,
        [MOST_IDS, FROM, TO],
      );
      figures.mostHoursPerQuarter = Object.fromEntries(quarters.map((q) => [q.quarter, q.hours]));
      expect(quarters).toHaveLength(8);
      for (const q of quarters) expect(q.hours).toBeGreaterThan(60);
      const idle = await rows(
        `select u.email from user_account u
          where u.tenant_id = any($1) and u.role in ('COUNSELLOR', 'MANAGER')
            and not exists (select 1 from counselling_session s where s.tenant_id = u.tenant_id and s.counsellor_id = u.id and s.kind = 'INDIVIDUAL')`,
        [MOST_IDS],
      );
      expect(idle).toEqual([]);
    });

    it('supported more than 80 residents in total: in houses, discharged for every reason, in follow-up, a few closed', async () => {
      const byStatus = await rows<{ status: string; n: number }>(`select status, count(*)::int as n from resident where tenant_id = any($1) group by status order by status`, [MOST_IDS]);
      const status = Object.fromEntries(byStatus.map((s) => [s.status, s.n]));
      const total = byStatus.reduce((sum, s) => sum + s.n, 0);
      const kinds = await one(
        `select count(*) filter (where not exists (select 1 from stay s where s.tenant_id = r.tenant_id and s.resident_id = r.id))::int as never_in_residence,
                count(*) filter (where r.status <> 'IN_RESIDENCE' and exists (select 1 from stay s where s.tenant_id = r.tenant_id and s.resident_id = r.id))::int as past_residents,
                count(*) filter (where (select count(*) from stay s where s.tenant_id = r.tenant_id and s.resident_id = r.id) > 1)::int as readmitted
           from resident r where r.tenant_id = any($1)`,
        [MOST_IDS],
      );
      const reasons = await rows<{ reason: string; n: number }>(
        `select discharge_reason as reason, count(*)::int as n from stay where tenant_id = any($1) and discharged_on is not null group by 1 order by 1`,
        [MOST_IDS],
      );
      figures.mostResidents = { total, status, ...kinds, dischargeReasons: Object.fromEntries(reasons.map((r) => [r.reason, r.n])) };
      expect(total).toBeGreaterThan(80);
      expect(status.CLOSED).toBeGreaterThan(0);
      expect(status.CLOSED).toBeLessThan(total / 5);
      expect(kinds.never_in_residence).toBeGreaterThan(10);
      expect(kinds.past_residents).toBeGreaterThan(20);
      expect(reasons.map((r) => r.reason)).toEqual(['COMPLETED', 'MOVED_ON', 'RELAPSE', 'LEFT_WITHOUT_NOTICE', 'OTHER']);
    });

    it("counsels relatives on top: alone, by phone, and in family sessions with the resident", async () => {
      const r = await one(
        `select count(*)::int as sessions,
                count(*) filter (where resident_id is null)::int as relative_only,
                count(*) filter (where resident_id is not null and kind = 'FAMILY')::int as family_with_resident,
                round(sum(duration_minutes) / 60.0, 2)::float as hours,
                array_agg(distinct kind::text order by kind::text) as kinds
           from counselling_session where tenant_id = any($1) and relative_id is not null`,
        [MOST_IDS],
      );
      const relatives = await one(
        `select count(*)::int as relatives,
                count(*) filter (where not exists (select 1 from resident_relative l where l.tenant_id = rl.tenant_id and l.relative_id = rl.id))::int as on_their_own
           from relative rl where rl.tenant_id = any($1)`,
        [MOST_IDS],
      );
      figures.mostRelatives = { ...relatives, ...r };
      expect(r.relative_only).toBeGreaterThan(0);
      expect(r.family_with_resident).toBeGreaterThan(0);
      expect(r.kinds).toEqual(['FAMILY', 'INDIVIDUAL', 'PHONE']);
      expect(relatives.on_their_own).toBeGreaterThan(0);
    });

    it('has goals in all 10 domains at every partner, some achieved and some abandoned', async () => {
      const perPartner = await rows<{ slug: string; domains: number; goals: number }>(
        `select t.slug, count(distinct g.domain)::int as domains, count(*)::int as goals from goal g join tenant t on t.id = g.tenant_id where g.tenant_id = any($1) group by t.slug order by t.slug`,
        [MOST_IDS],
      );
      const byStatus = await rows<{ status: string; n: number }>(`select status, count(*)::int as n from goal where tenant_id = any($1) group by 1 order by 1`, [MOST_IDS]);
      const events = await one(`select count(*)::int as events, round(avg(version), 2)::float as mean_version from goal where tenant_id = any($1)`, [MOST_IDS]);
      figures.mostGoals = { perPartner, status: Object.fromEntries(byStatus.map((s) => [s.status, s.n])), meanVersion: events.mean_version };
      expect(perPartner.map((p) => p.domains)).toEqual([10, 10, 10, 10]);
      expect(byStatus.map((s) => s.status)).toEqual(['PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'ABANDONED']);
    });

    it('assesses current and many past residents with BARC-10 every few months, mostly trending up', async () => {
      const r = await one(
        `select count(*)::int as assessments, count(distinct (tenant_id, resident_id))::int as people, min(total)::int as lowest, max(total)::int as highest
           from assessment where tenant_id = any($1)`,
        [MOST_IDS],
      );
      const coverage = await one(
        `select count(*) filter (where s.id is not null)::int as current_residents,
                count(*) filter (where s.admitted_on <= $2::date - 30)::int as current_for_a_month,
                count(*) filter (where s.admitted_on <= $2::date - 30 and assessed)::int as current_for_a_month_assessed,
                count(*) filter (where s.id is null and assessed)::int as others_assessed
           from resident r
           left join stay s on s.tenant_id = r.tenant_id and s.resident_id = r.id and s.discharged_on is null
           cross join lateral (select exists (select 1 from assessment a where a.tenant_id = r.tenant_id and a.resident_id = r.id) as assessed) x
          where r.tenant_id = any($1)`,
        [MOST_IDS, TO],
      );
      const trend = await one(
        `select count(*)::int as people, count(*) filter (where last > first)::int as improved, round(avg(last - first), 1)::float as mean_change
           from (select (array_agg(total order by taken_on))[1] as first, (array_agg(total order by taken_on desc))[1] as last
                   from assessment where tenant_id = any($1) group by tenant_id, resident_id having count(*) >= 2) x`,
        [MOST_IDS],
      );
      figures.mostBarc10 = { ...r, ...coverage, repeated: trend };
      expect(r.lowest).toBeGreaterThanOrEqual(10);
      expect(r.highest).toBeLessThanOrEqual(60);
      // everyone who has lived in a house for a month has a first BARC-10
      expect(coverage.current_for_a_month_assessed).toBe(coverage.current_for_a_month);
      expect(coverage.current_for_a_month).toBeGreaterThan(10);
      expect(coverage.others_assessed).toBeGreaterThan(30);
      expect(trend.improved / trend.people).toBeGreaterThan(0.6);
    });
  });

  describe('consistency of every demo tenant', () => {
    it('BARC-10: ten scores of 1..6 whose sum is the total (10..60)', async () => {
      expect(
        await violations(`select a.id from assessment a where a.tenant_id = any($1) and (
            a.instrument_code <> 'BARC-10' or jsonb_array_length(a.scores) <> 10 or a.total not between 10 and 60
            or a.total <> (select sum(v::int) from jsonb_array_elements_text(a.scores) v)
            or exists (select 1 from jsonb_array_elements_text(a.scores) v where v::int not between 1 and 6))`),
      ).toBe(0);
    });

    it('stays: no overlap per resident or per bed, within an open residence, reason iff discharged', async () => {
      expect(
        await violations(`select a.id from stay a join stay b on b.tenant_id = a.tenant_id and b.id > a.id and (b.resident_id = a.resident_id or b.bed_id = a.bed_id)
            and daterange(a.admitted_on, a.discharged_on, '[]') && daterange(b.admitted_on, b.discharged_on, '[]') where a.tenant_id = any($1)`),
      ).toBe(0);
      expect(
        await violations(`select s.id from stay s join residence h on h.tenant_id = s.tenant_id and h.id = s.residence_id join bed b on b.tenant_id = s.tenant_id and b.id = s.bed_id
            where s.tenant_id = any($1) and (b.residence_id <> s.residence_id or s.admitted_on < h.opened_on or s.discharged_on < s.admitted_on
              or (s.discharged_on is null) <> (s.discharge_reason is null) or s.discharged_on > $2)`, [DEMO_IDS, TO]),
      ).toBe(0);
    });

    it('status is IN_RESIDENCE exactly when the resident has an open stay', async () => {
      expect(
        await violations(`select r.id from resident r where r.tenant_id = any($1)
            and (r.status = 'IN_RESIDENCE') <> exists (select 1 from stay s where s.tenant_id = r.tenant_id and s.resident_id = r.id and s.discharged_on is null)`),
      ).toBe(0);
    });

    it('nothing happens before the intake date or outside the demo period', async () => {
      const before = await one(
        `select
           (select count(*)::int from stay s join resident r on r.tenant_id = s.tenant_id and r.id = s.resident_id where s.tenant_id = any($1) and s.admitted_on < r.intake_date) as stays,
           (select count(*)::int from counselling_session s join resident r on r.tenant_id = s.tenant_id and r.id = s.resident_id where s.tenant_id = any($1) and s.occurred_on < r.intake_date) as sessions,
           (select count(*)::int from goal g join resident r on r.tenant_id = g.tenant_id and r.id = g.resident_id where g.tenant_id = any($1) and g.created_at::date < r.intake_date) as goals,
           (select count(*)::int from assessment a join resident r on r.tenant_id = a.tenant_id and r.id = a.resident_id where a.tenant_id = any($1) and a.taken_on < r.intake_date) as assessments,
           (select count(*)::int from counselling_session s where s.tenant_id = any($1) and (s.occurred_on < $2 or s.occurred_on >= $3)) as sessions_outside_period,
           (select count(*)::int from goal_event e where e.tenant_id = any($1) and e.changed_at::date >= $3) as goal_events_from_seeding_day`,
        [DEMO_IDS, FROM, TODAY],
      );
      // only the recent activity (after the period, before the seeding day) lies after the period
      expect(before).toEqual({ stays: 0, sessions: 0, goals: 0, assessments: 0, sessions_outside_period: 0, goal_events_from_seeding_day: 0 });
    });

    it('key workers, counsellors, assessors and goal editors are counsellors or managers of the same tenant', async () => {
      // the composite foreign keys (tenant_id, x_id) already pin them to the tenant; the role is the demo's choice
      const staffRole = (table: string, column: string) =>
        `select x.id from ${table} x join user_account u on u.tenant_id = x.tenant_id and u.id = x.${column} where x.tenant_id = any($1) and u.role not in ('COUNSELLOR', 'MANAGER')`;
      for (const [table, column] of [['resident', 'key_worker_id'], ['counselling_session', 'counsellor_id'], ['assessment', 'assessed_by_id'], ['goal_event', 'changed_by_id'], ['goal', 'created_by_id'], ['stay', 'admitted_by_id']]) {
        expect([table, await violations(staffRole(table, column))]).toEqual([table, 0]);
      }
    });

    it('goals: one creation event, then changes; version = 1 + changes; the goal shows its last event', async () => {
      expect(
        await violations(`select g.id from goal g
            cross join lateral (select count(*) filter (where e.from_status is null) as creations, count(*) filter (where e.from_status is not null) as changes,
                                       (array_agg(e.to_status order by e.changed_at desc))[1] as last_status, (array_agg(e.to_progress order by e.changed_at desc))[1] as last_progress,
                                       min(e.changed_at) as first_at
                                  from goal_event e where e.tenant_id = g.tenant_id and e.goal_id = g.id) h
           where g.tenant_id = any($1) and (h.creations <> 1 or g.version <> 1 + h.changes or h.last_status <> g.status or h.last_progress <> g.progress or h.first_at <> g.created_at)`),
      ).toBe(0);
      // each change starts where the previous one ended and changes something
      expect(
        await violations(`select * from (
            select e.*, row_number() over w as n, lag(e.to_status) over w as prev_status, lag(e.to_progress) over w as prev_progress
              from goal_event e where e.tenant_id = any($1) window w as (partition by e.tenant_id, e.goal_id order by e.changed_at)) x
           where (n = 1) <> (from_status is null) or (n > 1 and (from_status <> prev_status or from_progress <> prev_progress or (from_status = to_status and from_progress = to_progress)))`),
      ).toBe(0);
      expect(await violations(`select id from goal where tenant_id = any($1) and status = 'ACHIEVED' and progress <> 100`)).toBe(0);
    });

    it('counselling sessions have a client; relatives-only sessions leave resident_id empty', async () => {
      expect(await violations(`select id from counselling_session where tenant_id = any($1) and resident_id is null and relative_id is null`)).toBe(0);
      expect(await violations(`select id from counselling_session where tenant_id = any($1) and resident_id is not null and relative_id is not null and kind <> 'FAMILY'`)).toBe(0);
      // the API's rule for a new session holds for the demo ones too: notes or at least one domain
      expect(await violations(`select id from counselling_session where tenant_id = any($1) and coalesce(btrim(notes), '') = '' and cardinality(domains) = 0`)).toBe(0);
    });

    it('seeding wrote nothing to the audit trail (demo rows were never created by a user)', async () => {
      // Other suites may use the API on demo tenants later; only a creation audited for a seeded row would be the seeder's.
      expect(
        await violations(`select a.id from audit_event a where a.tenant_id = any($1) and a.action in ('CREATE', 'ADMIT', 'LINK')
            and a.entity_id in (select id::text from resident where tenant_id = a.tenant_id and created_at < $2::date + 1
                                union all select id::text from stay where tenant_id = a.tenant_id and created_at < $2::date + 1
                                union all select id::text from goal where tenant_id = a.tenant_id and created_at < $2::date + 1
                                union all select id::text from counselling_session where tenant_id = a.tenant_id and created_at < $2::date + 1)`, [DEMO_IDS, TO]),
      ).toBe(0);
    });
  });

  describe('the Norwegian network', () => {
    it('R.O.T follows up users with 1:1 sessions; Ivareta mostly relatives on the helpline; A-LARM meets on video on Thursdays', async () => {
      const per = await rows(
        `select t.slug,
                (select count(*)::int from residence h where h.tenant_id = t.id) as residences,
                (select count(*)::int from resident r where r.tenant_id = t.id) as residents,
                (select count(*)::int from relative r where r.tenant_id = t.id) as relatives,
                (select count(*)::int from counselling_session s where s.tenant_id = t.id and s.kind = 'INDIVIDUAL' and s.resident_id is not null) as individual_with_residents,
                (select count(*)::int from counselling_session s where s.tenant_id = t.id and s.kind = 'PHONE' and s.relative_id is not null and s.resident_id is null) as helpline_calls,
                (select count(*)::int from counselling_session s where s.tenant_id = t.id and s.kind = 'VIDEO') as video,
                (select count(*)::int from counselling_session s where s.tenant_id = t.id and s.kind = 'VIDEO' and extract(isodow from s.occurred_on) <> 4) as video_not_thursday,
                (select count(*)::int from goal g where g.tenant_id = t.id) as goals
           from tenant t where t.id = any($1) order by t.slug`,
        [[tenantId('rot'), tenantId('ivareta'), tenantId('a-larm')]],
      );
      figures.norway = per;
      const by = Object.fromEntries(per.map((p) => [p.slug, p]));
      for (const p of per) {
        expect(p.residences).toBe(0);
        expect(p.residents).toBeGreaterThan(0);
        expect(p.relatives).toBeGreaterThan(0);
      }
      expect(by.rot.individual_with_residents).toBeGreaterThan(20);
      expect(by.ivareta.relatives).toBeGreaterThan(3 * by.ivareta.residents);
      expect(by.ivareta.helpline_calls).toBeGreaterThan(by.ivareta.individual_with_residents);
      expect(by['a-larm'].video).toBeGreaterThan(50);
      expect(by['a-larm'].video_not_thursday).toBe(0);
    });
  });

  describe('recent activity (after the period, up to the day before the seeding day)', () => {
    const staffOf = (slug: string): StaffMember[] => {
      const org = organisation(slug);
      return org.users.map((u) => ({ id: demoUserId(org.id, u.email), email: u.email, role: u.role }));
    };
    const SEEDING_DAY = '2026-12-10';
    const inPeriod = (plan: CaseFilePlan) => ({ ...plan, sessions: plan.sessions.filter((s) => s.occurredOn <= TO) });

    it('plans sessions after 2026-10-31 and before the seeding day, none on or after it; the period rows stay the same', () => {
      const summary: Record<string, unknown> = {};
      for (const org of DEMO_ORGANISATIONS) {
        const profile = CASE_FILE_PROFILES[org.slug];
        const staff = staffOf(org.slug);
        const period = planCaseFiles(org.id, profile, staff);
        const plan = planCaseFiles(org.id, profile, staff, SEEDING_DAY);
        const recent = plan.sessions.filter((s) => s.occurredOn > TO);
        const changed = new Set(plan.goalEvents.filter((e) => e.changedAt.toISOString().slice(0, 10) > TO).map((e) => e.goalId));
        summary[org.slug] = { sessions: recent.length, goalChanges: changed.size };

        // the two project years are untouched: same rows, same figures
        expect(period.sessions.every((s) => s.occurredOn >= FROM && s.occurredOn <= TO)).toBe(true);
        expect({ ...inPeriod(plan), goals: [], goalEvents: [] }).toEqual({ ...period, goals: [], goalEvents: [] });
        expect(plan.goals.filter((g) => !changed.has(g.id))).toEqual(period.goals.filter((g) => !changed.has(g.id)));
        expect(plan.goalEvents.slice(0, period.goalEvents.length)).toEqual(period.goalEvents);

        // recent sessions: strictly after the period, before the seeding day, on workdays
        expect(recent.length).toBeGreaterThan(0);
        for (const s of recent) {
          expect(s.occurredOn < SEEDING_DAY).toBe(true);
          expect([0, 6]).not.toContain(new Date(`${s.occurredOn}T00:00:00Z`).getUTCDay());
        }
        // only people still supported (never a closed case), never before their intake, one contact a day each
        const residents = new Map(plan.residents.map((r) => [r.id, r]));
        const caseworkers = new Set(staff.filter((u) => u.role === 'COUNSELLOR' || u.role === 'MANAGER').map((u) => u.id));
        for (const s of recent) {
          const resident = residents.get(s.residentId ?? '');
          expect(resident?.status).toMatch(/^(IN_RESIDENCE|FOLLOW_UP)$/);
          expect(s.occurredOn >= (resident?.intakeDate ?? '')).toBe(true);
          expect(caseworkers.has(s.counsellorId)).toBe(true);
        }
        expect(new Set(recent.map((s) => `${s.residentId} ${s.occurredOn}`)).size).toBe(recent.length);
        // mostly the key worker, mostly individual sessions at the MOST houses
        expect(recent.filter((s) => residents.get(s.residentId ?? '')?.keyWorkerId === s.counsellorId).length).toBeGreaterThan(recent.length / 2);
        if (org.slug.startsWith('most-')) expect(recent.filter((s) => s.kind === 'INDIVIDUAL').length).toBeGreaterThan(recent.length * 0.7);

        // a changed goal: one more event, after the period and before the seeding day; version = number of events
        for (const goal of plan.goals.filter((g) => changed.has(g.id))) {
          const events = plan.goalEvents.filter((e) => e.goalId === goal.id).sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
          const last = events[events.length - 1];
          expect(goal.version).toBe(events.length);
          expect([goal.status, goal.progress, goal.updatedAt]).toEqual([last.toStatus, last.toProgress, last.changedAt]);
          expect(last.changedAt.toISOString().slice(0, 10) < SEEDING_DAY).toBe(true);
          expect(residents.get(goal.residentId)?.status).not.toBe('CLOSED');
        }
      }
      figures.recentActivityUntil2026_12_10 = summary;
    });

    it('is the same for the same seeding day, and adds nothing on or before 2026-11-01', () => {
      for (const org of DEMO_ORGANISATIONS) {
        const profile = CASE_FILE_PROFILES[org.slug];
        const first = planCaseFiles(org.id, profile, staffOf(org.slug), SEEDING_DAY);
        expect(planCaseFiles(org.id, profile, [...staffOf(org.slug)].reverse(), SEEDING_DAY)).toEqual(first);
        const period = planCaseFiles(org.id, profile, staffOf(org.slug));
        expect(planCaseFiles(org.id, profile, staffOf(org.slug), '2026-11-01')).toEqual(period);
        expect(planCaseFiles(org.id, profile, staffOf(org.slug), '2026-10-15')).toEqual(period);
        // a seeding day a day later sees one more day of sessions, never one on the seeding day itself
        const next = planCaseFiles(org.id, profile, staffOf(org.slug), addDays(SEEDING_DAY, 1));
        expect(next.sessions.every((s) => s.occurredOn < addDays(SEEDING_DAY, 1))).toBe(true);
        expect(inPeriod(next)).toEqual({ ...inPeriod(first), goals: next.goals, goalEvents: next.goalEvents });
      }
    });

    it('the seeded database has recent contacts before the seeding day, and the same period figures', async () => {
      const r = await one(
        `select count(*)::int as sessions, count(*) filter (where occurred_on >= $3)::int as from_seeding_day, max(occurred_on)::text as latest,
                (select count(*)::int from counselling_session where tenant_id = any($1) and occurred_on between $4 and $2) as in_period
           from counselling_session where tenant_id = any($1) and occurred_on > $2`,
        [DEMO_IDS, TO, TODAY, FROM],
      );
      figures.recentActivity = { seedingDay: TODAY, ...r };
      expect(r.from_seeding_day).toBe(0);
      if (TODAY <= addDays(TO, 1)) {
        expect(r.sessions).toBe(0);
        return;
      }
      if (TODAY > addDays(TO, 10)) expect(r.sessions).toBeGreaterThan(0);
      // the period's sessions are exactly the period-only plan's
      let planned = 0;
      for (const org of DEMO_ORGANISATIONS) planned += planCaseFiles(org.id, CASE_FILE_PROFILES[org.slug], staffOf(org.slug)).sessions.length;
      expect(r.in_period).toBe(planned);
    });
  });

  describe('determinism (fixed seed)', () => {
    const fakeStaff = (slug: string): StaffMember[] => {
      const org = organisation(slug);
      return org.users.map((u) => ({ id: demoUserId(org.id, u.email), email: u.email, role: u.role }));
    };

    it('planning twice gives identical case files for every demo tenant', () => {
      const started = performance.now();
      for (const org of DEMO_ORGANISATIONS) {
        const profile = CASE_FILE_PROFILES[org.slug];
        const first = planCaseFiles(org.id, profile, fakeStaff(org.slug));
        const second = planCaseFiles(org.id, profile, [...fakeStaff(org.slug)].reverse());
        expect(second).toEqual(first);
        expect(first.residents.length).toBeGreaterThan(0);
      }
      figures.planTwiceMs = Math.round(performance.now() - started);
    });

    it('the database holds exactly the planned rows (same ids and values on every fresh start)', async () => {
      for (const org of DEMO_ORGANISATIONS) {
        const staff = await rows<StaffMember>(`select id, email, role from user_account where tenant_id = $1`, [org.id]);
        expect(staff.map((s) => s.id).sort()).toEqual(fakeStaff(org.slug).map((s) => s.id).sort());
        // planned with the seeding day: today, or yesterday when the setup ran just before midnight
        const plans = [TODAY, addDays(TODAY, -1)].map((day) => planCaseFiles(org.id, CASE_FILE_PROFILES[org.slug], staff, day));
        const recentStored = await rows<{ id: string }>(`select id from counselling_session where tenant_id = $1 and occurred_on > $2 and id = any($3::uuid[])`, [
          org.id,
          TO,
          plans.flatMap((p) => p.sessions.map((s) => s.id)),
        ]);
        const plan: CaseFilePlan = plans.find((p) => p.sessions.filter((s) => s.occurredOn > TO).length === recentStored.length) ?? plans[0];
        const residents = await rows(`select id, first_name, last_name, intake_date::text, status::text from resident where tenant_id = $1`, [org.id]);
        const stored = new Map(residents.map((r) => [r.id, r]));
        for (const r of plan.residents) {
          expect(stored.get(r.id)).toEqual({ id: r.id, first_name: r.firstName, last_name: r.lastName, intake_date: r.intakeDate, status: r.status });
        }
        const sessions = await one(`select count(*)::int as n, coalesce(sum(duration_minutes), 0)::int as minutes from counselling_session where tenant_id = $1 and id = any($2::uuid[])`, [
          org.id,
          plan.sessions.map((s) => s.id),
        ]);
        expect(sessions).toEqual({ n: plan.sessions.length, minutes: plan.sessions.reduce((sum, s) => sum + s.durationMinutes, 0) });
      }
    });
  });
});
