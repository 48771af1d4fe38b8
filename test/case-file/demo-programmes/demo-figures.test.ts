import pg from 'pg';
import { DEMO_ORGANISATIONS, DEMO_PERIOD, seedDemo } from '@bridgeway/api-registry';
import { TENANT_SETTING } from '@bridgeway/api-tenancy';
import { graphql, ok, startApi, type TestApi } from '../../support/api.js';
import { adminUrl, appUrl } from '../../support/orm.js';

/**
 * The demo programmes, helpline and handouts that `npm start` loads (seeded by the jest global
 * setup on a fresh database). Each figure comes from its SQL function, called as the API calls
 * it (application role, the tenant's context, row-level security on), and is compared with an
 * independent count written here as the owner: local days by `at time zone` instead of the
 * functions' instant ranges, EXISTS instead of DISTINCT, and so on.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SQL result rows; the assertions check their shape
type Row = Record<string, any>;
const { start: FROM, end: TO } = DEMO_PERIOD;
const idOf = (slug: string): string => {
  const org = DEMO_ORGANISATIONS.find((o) => o.slug === slug);
  if (!org) throw new Error(`No demo organisation ${slug}`);
  return org.id;
};
const MOST = DEMO_ORGANISATIONS.filter((o) => o.slug.startsWith('most-'));
const ROT = idOf('rot');
const IVARETA = idOf('ivareta');
const A_LARM = idOf('a-larm');
/** Whole weeks of the two project years, for "meetings per week". */
const WEEKS = (Date.parse(`${TO}T00:00:00Z`) - Date.parse(`${FROM}T00:00:00Z`) + 86_400_000) / (7 * 86_400_000);

describe('demo programmes, helpline and handouts: figures of the SQL functions on the demo data', () => {
  let owner: pg.Client;
  let app: pg.Client;
  const table: string[][] = [['figure', 'SQL function', 'independent count']];
  const line = (figure: string, fn: unknown, independent: unknown) => table.push([figure, String(fn), String(independent)]);

  const rows = async (sql: string, params: unknown[] = []): Promise<Row[]> => (await owner.query(sql, params)).rows;
  const one = async (sql: string, params: unknown[] = []): Promise<Row> => (await rows(sql, params))[0];
  /** A figure function as the API calls it: application role, inside the tenant's context. */
  async function asTenant(tenantId: string, sql: string, params: unknown[]): Promise<Row[]> {
    await app.query('begin');
    try {
      await app.query(`select set_config('${TENANT_SETTING}', $1, true)`, [tenantId]);
      return (await app.query(sql, params)).rows;
    } finally {
      await app.query('commit');
    }
  }
  const programmeFigures = async (tenantId: string, from: string, to: string, departmentId: string | null = null) =>
    (await asTenant(tenantId, `select * from programme_figures($1, $2, $3, $4)`, [tenantId, from, to, departmentId]))[0];

  beforeAll(async () => {
    owner = new pg.Client({ connectionString: adminUrl() });
    app = new pg.Client({ connectionString: appUrl() });
    await Promise.all([owner.connect(), app.connect()]);
  });

  afterAll(async () => {
    const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
    console.log(`Demo figures (${FROM} … ${TO}):\n${table.map((r) => r.map((c, i) => c.padEnd(widths[i])).join(' | ')).join('\n')}`);
    await Promise.all([owner.end(), app.end()]);
  });

  it("Skupnosti MOST held 14 trainings over the two project years, with its residents and relatives", async () => {
    let total = 0;
    let independentTotal = 0;
    for (const org of MOST) {
      const fn = await programmeFigures(org.id, FROM, TO);
      const independent = await one(
        `select count(*)::int as trainings,
                (select round(sum(extract(epoch from m.ends_at - m.starts_at)) / 3600, 1)
                   from meeting m join programme p on p.tenant_id = m.tenant_id and p.id = m.programme_id join tenant t on t.id = m.tenant_id
                  where m.tenant_id = $1 and m.status = 'HELD' and p.kind in ('COURSE', 'SEMINAR')
                    and (m.starts_at at time zone t.time_zone)::date between $2 and $3)::float as hours
           from programme p
          where p.tenant_id = $1 and p.kind in ('COURSE', 'SEMINAR')
            and exists (select 1 from meeting m join tenant t on t.id = m.tenant_id
                         where m.tenant_id = p.tenant_id and m.programme_id = p.id and m.status = 'HELD'
                           and (m.starts_at at time zone t.time_zone)::date between $2 and $3)`,
        [org.id, FROM, TO],
      );
      line(`${org.slug}: trainings held / training hours`, `${fn.trainings_held} / ${fn.training_hours}`, `${independent.trainings} / ${independent.hours}`);
      expect([fn.trainings_held, Number(fn.training_hours)]).toEqual([independent.trainings, independent.hours]);
      expect(fn.trainings_held).toBeGreaterThanOrEqual(2);
      total += fn.trainings_held;
      independentTotal += independent.trainings;
    }
    line('Skupnosti MOST: trainings held (4 partners)', total, independentTotal);
    expect(total).toBe(14);
    expect(independentTotal).toBe(14);

    // the 14 are all of MOST's trainings, each with enrolled residents or relatives who completed it (or not), with hours
    const enrolments = await one(
      `select count(distinct (p.tenant_id, p.id))::int as programmes,
              count(e.id)::int as enrolments,
              count(e.id) filter (where e.status = 'COMPLETED')::int as completed,
              count(e.id) filter (where e.status = 'DID_NOT_COMPLETE')::int as did_not_complete,
              count(e.id) filter (where e.member_id is not null or e.status = 'ENROLLED' or e.hours is null)::int as odd,
              count(distinct p.id) filter (where not exists (select 1 from enrolment x where x.tenant_id = p.tenant_id and x.programme_id = p.id and x.status = 'COMPLETED'))::int as without_completion
         from programme p left join enrolment e on e.tenant_id = p.tenant_id and e.programme_id = p.id
        where p.tenant_id = any($1) and p.kind in ('COURSE', 'SEMINAR')`,
      [MOST.map((o) => o.id)],
    );
    line('Skupnosti MOST: enrolments (completed / not)', '', `${enrolments.enrolments} (${enrolments.completed} / ${enrolments.did_not_complete})`);
    expect(enrolments).toMatchObject({ programmes: 14, odd: 0, without_completion: 0 });
    expect(enrolments.enrolments).toBeGreaterThan(14 * 5);
  });

  it("R.O.T has 4 departments, Notodden paused after the summer; weekly meetings per department", async () => {
    const departments = await rows(`select id, name, status::text, status_since::text, status_reason from department where tenant_id = $1 order by name`, [ROT]);
    expect(departments.map((d) => [d.name, d.status, d.status_since, d.status_reason])).toEqual([
      ['Hamar', 'ACTIVE', null, null],
      ['Notodden', 'PAUSED', '2026-08-15', 'Paused after the summer'],
      ['Porsgrunn', 'ACTIVE', null, null],
      ['Tønsberg', 'ACTIVE', null, null],
    ]);
    let held = 0;
    for (const d of departments) {
      const fn = await programmeFigures(ROT, FROM, TO, d.id);
      const independent = await one(
        `select count(*)::int as held,
                (select count(*)::int from programme p where p.tenant_id = $1 and p.department_id = $2 and p.schedule_interval_weeks = 1) as weekly
           from meeting m join programme p on p.tenant_id = m.tenant_id and p.id = m.programme_id
          where m.tenant_id = $1 and p.department_id = $2 and m.status = 'HELD'
            and (m.starts_at at time zone 'Europe/Oslo')::date between $3 and $4`,
        [ROT, d.id, FROM, TO],
      );
      line(`R.O.T ${d.name} (${d.status}, ${independent.weekly} weekly programmes): meetings held, per week`, `${fn.meetings_held}, ${(fn.meetings_held / WEEKS).toFixed(1)}`, independent.held);
      expect(fn.meetings_held).toBe(independent.held);
      expect(fn.meetings_held).toBeGreaterThan(50);
      held += fn.meetings_held;
    }
    // every R.O.T programme belongs to a department, so the departments add up to the tenant
    expect(held).toBe((await programmeFigures(ROT, FROM, TO)).meetings_held);
    const byName = Object.fromEntries(departments.map((d) => [d.name, d.id]));
    const perDepartment = await rows(
      `select d.name, count(*) filter (where p.schedule_interval_weeks = 1 and p.status = 'ACTIVE')::int as weekly_active,
              count(m.id) filter (where m.starts_at >= $2::date and m.status = 'HELD')::int as held_since_pause,
              count(m.id) filter (where m.status = 'SCHEDULED')::int as ahead
         from department d join programme p on p.tenant_id = d.tenant_id and p.department_id = d.id
         left join meeting m on m.tenant_id = p.tenant_id and m.programme_id = p.id
        where d.tenant_id = $1 group by d.name order by d.name`,
      [ROT, '2026-08-15'],
    );
    const by = Object.fromEntries(perDepartment.map((r) => [r.name, r]));
    expect(by.Notodden).toMatchObject({ held_since_pause: 0, ahead: 0 });
    for (const name of ['Porsgrunn', 'Hamar', 'Tønsberg']) expect(by[name].ahead).toBeGreaterThan(0);
    expect(by.Porsgrunn.weekly_active).toBeGreaterThanOrEqual(4);
    // staff work in a department; programmes, members and handouts name theirs
    const unassigned = await one(
      `select (select count(*)::int from user_account where tenant_id = $1 and department_id is null) as staff,
              (select count(*)::int from programme where tenant_id = $1 and department_id is null) as programmes,
              (select count(*)::int from handout where tenant_id = $1 and department_id is null) as handouts`,
      [ROT],
    );
    expect(unassigned).toEqual({ staff: 0, programmes: 0, handouts: 0 });
    expect(byName.Porsgrunn).toBeDefined();
  });

  it('R.O.T hands out food parcels weekly, most to people without a record', async () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const fn = (await asTenant(ROT, `select * from material_support_figures($1, $2, $3) where kind = 'FOOD_PARCEL'`, [ROT, year.from, year.to]))[0];
    const independent = await one(
      `select count(*)::int as handouts, sum(quantity)::int as parcels, count(*) filter (where anonymous_recipients is null)::int as named
         from handout where tenant_id = $1 and kind = 'FOOD_PARCEL' and handed_out_on >= $2 and handed_out_on <= $3`,
      [ROT, year.from, year.to],
    );
    line('R.O.T food parcels 2025 (records)', `${fn.quantity} (${fn.handouts})`, `${independent.parcels} (${independent.handouts})`);
    expect([fn.handouts, fn.quantity]).toEqual([independent.handouts, independent.parcels]);
    expect(independent.parcels).toBeGreaterThan(200);
    expect(independent.named).toBeGreaterThan(0);
    expect(independent.named).toBeLessThan(independent.handouts / 2);
  });

  it("Ivareta's helpline: a few hundred contacts a year, mostly anonymous", async () => {
    const years = [
      { name: 'project year 1', from: FROM, to: '2025-10-31' },
      { name: 'project year 2', from: '2025-11-01', to: TO },
      { name: 'calendar year 2025', from: '2025-01-01', to: '2025-12-31' },
    ];
    for (const year of years) {
      const fn = (await asTenant(IVARETA, `select * from helpline_figures($1, $2, $3)`, [IVARETA, year.from, year.to]))[0];
      const counts = await asTenant(IVARETA, `select * from helpline_contact_counts($1, $2, $3)`, [IVARETA, year.from, year.to]);
      const independent = await one(
        `select count(*)::int as contacts, sum(duration_minutes)::int as minutes,
                count(*) filter (where relative_id is null and resident_id is null)::int as anonymous,
                sum(greatest(cardinality(topics), 1))::int as topic_rows,
                count(*) filter (where channel = 'PHONE')::int as phone,
                (select count(*)::int from relative r
                  where r.tenant_id = $1 and exists (select 1 from grief_follow_up f join planned_contact c on c.tenant_id = f.tenant_id and c.follow_up_id = f.id
                                                      where f.tenant_id = r.tenant_id and f.relative_id = r.id and c.status = 'DONE' and c.done_on between $2 and $3)) as bereaved
           from helpline_contact
          where tenant_id = $1 and (occurred_at at time zone 'Europe/Oslo')::date between $2 and $3`,
        [IVARETA, year.from, year.to],
      );
      const countRows = counts.reduce((sum, c) => sum + c.contacts, 0);
      line(
        `Ivareta helpline ${year.name}: contacts (anonymous, phone), bereaved followed up`,
        `${fn.contacts} (${fn.anonymous_contacts}), ${fn.bereaved_followed_up}`,
        `${independent.contacts} (${independent.anonymous}, ${independent.phone}), ${independent.bereaved}`,
      );
      expect([fn.contacts, fn.contact_minutes, fn.anonymous_contacts, fn.bereaved_followed_up]).toEqual([independent.contacts, independent.minutes, independent.anonymous, independent.bereaved]);
      expect(countRows).toBe(independent.topic_rows);
      expect(fn.contacts).toBeGreaterThanOrEqual(200);
      expect(fn.contacts).toBeLessThanOrEqual(400);
      expect(independent.anonymous).toBeGreaterThan(fn.contacts * 0.8);
      expect(independent.phone).toBeGreaterThan(fn.contacts / 2);
    }
    const grief = await one(
      `select count(*)::int as plans, count(distinct relative_id)::int as relatives,
              (select array_agg(distinct c.status::text order by c.status::text) from planned_contact c where c.tenant_id = $1) as statuses
         from grief_follow_up where tenant_id = $1`,
      [IVARETA],
    );
    expect(grief.plans).toBeGreaterThanOrEqual(3);
    expect(grief.statuses).toEqual(expect.arrayContaining(['DONE', 'PLANNED', 'MISSED']));
  });

  it("A-LARM meets on Thursdays: the digital meeting place at 19:00–20:30 (Oslo) with named participants and guests", async () => {
    const fn = await programmeFigures(A_LARM, FROM, TO);
    const independent = await one(
      `select count(*)::int as held, sum(m.guest_count)::int as guests,
              (select count(*)::int from attendance a join meeting x on x.tenant_id = a.tenant_id and x.id = a.meeting_id
                where a.tenant_id = $1 and a.present and x.status = 'HELD' and (x.starts_at at time zone 'Europe/Oslo')::date between $2 and $3) as named
         from meeting m where m.tenant_id = $1 and m.status = 'HELD' and (m.starts_at at time zone 'Europe/Oslo')::date between $2 and $3`,
      [A_LARM, FROM, TO],
    );
    line('A-LARM Thursday meetings held (named attendances + guests)', `${fn.meetings_held} (${fn.named_attendances} + ${fn.guests})`, `${independent.held} (${independent.named} + ${independent.guests})`);
    expect([fn.meetings_held, fn.named_attendances, fn.guests]).toEqual([independent.held, independent.named, independent.guests]);

    const days = await one(
      `select count(*)::int as meetings, count(*) filter (where extract(isodow from m.starts_at at time zone 'Europe/Oslo') <> 4)::int as not_thursday
         from meeting m where m.tenant_id = $1`,
      [A_LARM],
    );
    expect(days.not_thursday).toBe(0);
    const place = await one(
      `select p.mode::text, p.meeting_link is not null as has_link, p.schedule_weekday, p.schedule_interval_weeks, p.schedule_start_time::text as starts, p.schedule_end_time::text as ends,
              count(m.id) filter (where m.status = 'HELD')::int as held,
              count(m.id) filter (where m.status = 'HELD' and to_char(m.starts_at at time zone 'Europe/Oslo', 'HH24:MI') <> '19:00')::int as off_time,
              (select count(*)::int from attendance a join meeting x on x.tenant_id = a.tenant_id and x.id = a.meeting_id where x.tenant_id = p.tenant_id and x.programme_id = p.id and a.present) as named,
              coalesce(sum(m.guest_count), 0)::int as guests
         from programme p left join meeting m on m.tenant_id = p.tenant_id and m.programme_id = p.id
        where p.tenant_id = $1 and p.kind = 'DIGITAL_MEETING_PLACE' and p.schedule_interval_weeks = 1
        group by p.tenant_id, p.id`,
      [A_LARM],
    );
    line('A-LARM weekly digital meeting place: meetings held (named + guests), all meetings', '', `${place.held} (${place.named} + ${place.guests}), ${days.meetings}`);
    expect(place).toMatchObject({ mode: 'VIDEO', has_link: true, schedule_weekday: 4, schedule_interval_weeks: 1, starts: '19:00:00', ends: '20:30:00', off_time: 0 });
    expect(place.held).toBeGreaterThan(80);
    expect(place.named).toBeGreaterThan(place.held * 3);
    expect(place.guests).toBeGreaterThan(place.held);
  });

  it('every demo group leader leads at least two programmes with meetings ahead', async () => {
    const leaders = await rows(
      `select t.slug, u.email, count(distinct l.programme_id)::int as programmes,
              count(m.id) filter (where m.status = 'SCHEDULED' and m.starts_at > now())::int as ahead
         from user_account u join tenant t on t.id = u.tenant_id
         left join programme_leader l on l.tenant_id = u.tenant_id and l.user_id = u.id
         left join meeting m on m.tenant_id = l.tenant_id and m.programme_id = l.programme_id
        where u.tenant_id = any($1) and u.role = 'GROUP_LEADER'
        group by t.slug, u.email order by t.slug`,
      [DEMO_ORGANISATIONS.map((o) => o.id)],
    );
    expect(leaders.map((l) => l.slug)).toEqual(DEMO_ORGANISATIONS.map((o) => o.slug).sort());
    for (const l of leaders) {
      expect([l.email, l.programmes >= 2, l.ahead > 0]).toEqual([l.email, true, true]);
    }
  });

  it('meetings: past ones held or cancelled with a reason, the generated weeks ahead scheduled at the local time of their slot', async () => {
    const ids = DEMO_ORGANISATIONS.map((o) => o.id);
    // the seeding day is today in each organisation's zone (or yesterday, when the setup ran just before midnight)
    const r = await one(
      `select count(*) filter (where m.status = 'SCHEDULED' and (m.starts_at at time zone t.time_zone)::date < (now() at time zone t.time_zone)::date - 8)::int as scheduled_in_past,
              -- before today in the organisation's zone, as the seeder counts the past (a meeting later today that has
              -- started since the seeding is still one generated ahead)
              count(*) filter (where m.status = 'SCHEDULED' and (m.starts_at at time zone t.time_zone)::date < (now() at time zone t.time_zone)::date)::int as left_to_take,
              count(distinct m.programme_id) filter (where m.status = 'SCHEDULED' and (m.starts_at at time zone t.time_zone)::date < (now() at time zone t.time_zone)::date)::int as programmes_left_to_take,
              count(*) filter (where m.status <> 'SCHEDULED' and m.starts_at > now() and m.status <> 'CANCELLED')::int as held_ahead,
              count(*) filter (where m.status = 'HELD' and (m.attendance_taken_at is null or m.attendance_taken_by_id is null))::int as held_without_taker,
              count(*) filter (where m.status = 'SCHEDULED' and m.scheduled_for is not null and m.scheduled_for <> m.starts_at)::int as moved_ahead,
              count(*) filter (where m.scheduled_for = m.starts_at and p.schedule_start_time is not null
                                 and ((m.starts_at at time zone t.time_zone)::time <> p.schedule_start_time or extract(isodow from m.starts_at at time zone t.time_zone) <> p.schedule_weekday))::int as off_slot,
              count(*) filter (where m.status = 'SCHEDULED')::int as scheduled,
              count(*) filter (where m.status = 'CANCELLED')::int as cancelled,
              count(*) filter (where m.status = 'HELD')::int as held
         from meeting m join programme p on p.tenant_id = m.tenant_id and p.id = m.programme_id join tenant t on t.id = m.tenant_id
        where m.tenant_id = any($1)`,
      [ids],
    );
    line('all demo meetings: held / cancelled / scheduled ahead', '', `${r.held} / ${r.cancelled} / ${r.scheduled}`);
    expect(r).toMatchObject({ scheduled_in_past: 0, held_ahead: 0, held_without_taker: 0, moved_ahead: 0, off_slot: 0 });
    // Each staff-led group leaves its latest meeting of the past week for the leader to take: one per programme.
    line('past meetings left for their leader to take attendance', '', `${r.left_to_take}`);
    expect(r.left_to_take).toBeGreaterThan(0);
    expect(r.left_to_take).toBe(r.programmes_left_to_take);
    expect(r.cancelled).toBeLessThan(r.held / 8);
    expect(r.scheduled).toBeGreaterThan(50);
    expect(await one(`select count(*)::int as n from meeting where tenant_id = any($1) and status = 'CANCELLED' and cancel_reason is null`, [ids])).toEqual({ n: 0 });
    // nothing before the project years; nothing generated past the generator's window (six weeks from the seeding day)
    const span = await one(
      `select min(m.starts_at at time zone t.time_zone)::date::text as first,
              count(*) filter (where (m.scheduled_for at time zone t.time_zone)::date > (now() at time zone t.time_zone)::date + 42)::int as beyond_window
         from meeting m join tenant t on t.id = m.tenant_id where m.tenant_id = any($1) and m.scheduled_for is not null`,
      [ids],
    );
    expect(span.first >= FROM).toBe(true);
    expect(span.beyond_window).toBe(0);
  });

  it('loading again adds nothing (demo programmes load only while an organisation has none)', async () => {
    const ids = DEMO_ORGANISATIONS.map((o) => o.id);
    const count = async () =>
      one(
        `select (select count(*)::int from programme where tenant_id = any($1)) as programmes, (select count(*)::int from meeting where tenant_id = any($1)) as meetings,
                (select count(*)::int from helpline_contact where tenant_id = any($1)) as contacts, (select count(*)::int from user_account where tenant_id = any($1)) as users`,
        [ids],
      );
    const before = await count();
    const result = await seedDemo(adminUrl(), { NODE_ENV: 'test' }, () => undefined);
    expect(result.programmes).toEqual([]);
    expect(await count()).toEqual(before);
  });
});

/**
 * The same demo through the API: the figures each organisation's manager sees, the group leaders'
 * home page and attendance screen, and the meeting generator agreeing with the seeded weeks ahead.
 */
describe('demo programmes through the API', () => {
  let api: TestApi;
  const printed: string[] = [];
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    console.log(`Demo figures through the API (${FROM} … ${TO}):\n${printed.join('\n')}`);
    await api.close();
  });
  const tokenOf = async (email: string) => (await api.login(email, 'bridgeway-demo')).token;
  const managerOf = (slug: string) => {
    const user = DEMO_ORGANISATIONS.find((o) => o.slug === slug)?.users.find((u) => u.role === 'MANAGER');
    if (!user) throw new Error(`No demo manager for ${slug}`);
    return user.email;
  };

  const FIGURES = graphql(`query DemoProgrammeFigures($from: Date!, $to: Date!, $departmentId: ID) {
    programmeFigures(from: $from, to: $to, departmentId: $departmentId) { meetingsHeld namedAttendances guests trainingsHeld trainingHours }
  }`);
  const DEPARTMENTS = graphql(`query DemoDepartments { departments { id name status statusSince statusReason } }`);
  const HELPLINE = graphql(`query DemoHelplineFigures($from: Date!, $to: Date!) { helplineFigures(from: $from, to: $to) { contacts anonymousContacts bereavedFollowedUp } }`);
  const LEADER_HOME = graphql(`query DemoLeaderHome { programmes { id name } myNextMeetings(first: 3) { id startsAt programme { name } expected { id displayName } } }`);
  const SCHEDULED = graphql(`query DemoScheduledProgrammes { programmes(first: 200, status: ACTIVE) { id name schedule { intervalWeeks } } }`);
  const GENERATE = graphql(`mutation DemoGenerateMeetings($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id startsAt } }`);

  it("adds up to Skupnosti MOST's 14 trainings, R.O.T's meetings per department, Ivareta's contacts per year, A-LARM's Thursday meetings", async () => {
    let trainings = 0;
    for (const org of MOST) {
      const token = await tokenOf(managerOf(org.slug));
      trainings += ok(await api.gql(FIGURES, { from: FROM, to: TO }, { token })).programmeFigures.trainingsHeld;
    }
    printed.push(`Skupnosti MOST trainings held: ${trainings}`);
    expect(trainings).toBe(14);

    const rot = await tokenOf(managerOf('rot'));
    const { departments } = ok(await api.gql(DEPARTMENTS, {}, { token: rot }));
    expect(departments.map((d) => [d.name, d.status]).sort()).toEqual([
      ['Hamar', 'ACTIVE'],
      ['Notodden', 'PAUSED'],
      ['Porsgrunn', 'ACTIVE'],
      ['Tønsberg', 'ACTIVE'],
    ]);
    for (const d of departments) {
      const f = ok(await api.gql(FIGURES, { from: FROM, to: TO, departmentId: d.id }, { token: rot })).programmeFigures;
      printed.push(`R.O.T ${d.name} (${d.status}${d.statusReason ? `: ${d.statusReason} since ${d.statusSince}` : ''}): ${f.meetingsHeld} meetings held, ${(f.meetingsHeld / WEEKS).toFixed(1)} a week`);
      expect(f.meetingsHeld).toBeGreaterThan(50);
    }

    const ivareta = await tokenOf(managerOf('ivareta'));
    for (const [from, to] of [
      [FROM, '2025-10-31'],
      ['2025-11-01', TO],
    ]) {
      const h = ok(await api.gql(HELPLINE, { from, to }, { token: ivareta })).helplineFigures;
      printed.push(`Ivareta helpline ${from} … ${to}: ${h.contacts} contacts (${h.anonymousContacts} anonymous), ${h.bereavedFollowedUp} bereaved followed up`);
      expect(h.contacts).toBeGreaterThanOrEqual(200);
      expect(h.contacts).toBeLessThanOrEqual(400);
    }

    const aLarm = ok(await api.gql(FIGURES, { from: FROM, to: TO }, { token: await tokenOf(managerOf('a-larm')) })).programmeFigures;
    printed.push(`A-LARM Thursday meetings held: ${aLarm.meetingsHeld} (${aLarm.namedAttendances} named attendances, ${aLarm.guests} guests)`);
    expect(aLarm.meetingsHeld).toBeGreaterThan(100);
    expect(aLarm.guests).toBeGreaterThan(0);
  });

  it("shows every demo group leader their programmes, next meetings and the names to tick", async () => {
    for (const org of DEMO_ORGANISATIONS) {
      const leader = org.users.find((u) => u.role === 'GROUP_LEADER');
      expect([org.slug, !!leader]).toEqual([org.slug, true]);
      const home = ok(await api.gql(LEADER_HOME, {}, { token: await tokenOf(leader?.email ?? '') }));
      printed.push(`${leader?.email}: ${home.programmes.length} programmes; next: ${home.myNextMeetings.map((m) => `${m.programme.name} ${m.startsAt.slice(0, 10)} (${m.expected.length} expected)`).join(', ')}`);
      expect(home.programmes.length).toBeGreaterThanOrEqual(2);
      expect(home.myNextMeetings.length).toBeGreaterThan(0);
      expect(home.myNextMeetings.some((m) => m.expected.length > 0)).toBe(true);
    }
  });

  it("the meeting generator finds the seeded weeks ahead complete (it adds only days that came into its window since)", async () => {
    for (const slug of ['rot', 'a-larm', 'most-a']) {
      const token = await tokenOf(managerOf(slug));
      const tenantId = idOf(slug);
      const scheduled = ok(await api.gql(SCHEDULED, {}, { token })).programmes.filter((p) => p.schedule);
      expect(scheduled.length).toBeGreaterThan(0);
      for (const programme of scheduled) {
        const before = await pgOne(`select max(scheduled_for) as last from meeting where tenant_id = $1 and programme_id = $2`, [tenantId, programme.id]);
        const added = ok(await api.gql(GENERATE, { programmeId: programme.id }, { token })).generateMeetings;
        // the same day as the seeding: nothing; a later day (a run over midnight): only slots after the seeded ones
        for (const m of added) expect([programme.name, new Date(m.startsAt) > new Date(before.last)]).toEqual([programme.name, true]);
      }
    }
  });
});

async function pgOne(sql: string, params: unknown[]): Promise<Row> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows[0];
  } finally {
    await client.end();
  }
}
