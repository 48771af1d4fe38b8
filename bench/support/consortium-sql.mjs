// The set-based INSERT … SELECT statements that load the consortium data set (issue 8), in
// foreign-key order. Every row is a function of (seed, its number): ids by pg_temp.bid(kind, n),
// choices by pg_temp.h(salt, n), so the same seed and scale give the same rows.
// Numbering: tenant t; user t*100000+u (u 1–2 managers, 3… counsellors); residence ho+r;
// bed residence*8+slot; resident ro+i; stay resident*32+j; session resident*128+j;
// goal resident*16+j; goal event goal*2+e. The constraints hold by construction (see comments).

/** Helper functions for one loading session (pg_temp: gone when the connection closes). */
export const helpers = (seed) => [
  `create function pg_temp.bid(kind int, n bigint) returns uuid immutable language sql as
     $$ select (lpad(to_hex(kind), 8, '0') || '-' || lpad(to_hex(${seed}), 4, '0') || '-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$`,
  `create function pg_temp.h(salt int, n bigint) returns int immutable language sql as
     $$ select (hashint8extended(n, ${seed} * 1000 + salt) & 2147483647)::int $$`,
  // The n a bid() was made from (to derive child rows from rows already loaded).
  `create function pg_temp.num(id uuid) returns bigint immutable language sql as
     $$ select ('x' || right(id::text, 12))::bit(48)::bigint $$`,
  `create function pg_temp.counsellor(t int, counsellors int, salt int, n bigint) returns uuid immutable language sql as
     $$ select pg_temp.bid(2, t * 100000 + 3 + pg_temp.h(salt, n) % counsellors) $$`,
  // A tenant's bed by local number L (1…8·residences): beds 1…residences are slot 1 of every
  // residence, and so on, so filling the first beds spreads people evenly over the houses.
  `create function pg_temp.bed_residence(ho int, residences int, l bigint) returns bigint immutable language sql as
     $$ select ho + (l - 1) % residences + 1 $$`,
  `create function pg_temp.bed(ho int, residences int, l bigint) returns uuid immutable language sql as
     $$ select pg_temp.bid(4, pg_temp.bed_residence(ho, residences, l) * 8 + (l - 1) / residences + 1) $$`,
];

/** created_at of rows without a date of their own: fixed, so a seed always gives the same rows. */
const LOADED_AT = `timestamptz '2026-11-30 12:00+00'`;
const FIRST = `array['Ana','Luka','Maja','Jan','Eva','Nik','Sara','Žan','Nina','Tim','Ingrid','Ole','Kari','Lars','Sofie','Mateja','Rok','Tina','Erik','Hanna']`;
const LAST = `array['Novak','Horvat','Kovačič','Krajnc','Zupančič','Potočnik','Mlakar','Kos','Vidmar','Golob','Hansen','Johansen','Olsen','Larsen','Berg','Dahl','Turk','Kralj','Bizjak','Hribar']`;
const DOMAINS = `array['WORK','FINANCES','FAMILY','DAILY_ROUTINE','LIVING_SKILLS','SOCIAL_NETWORK','HEALTH','SOBRIETY','HOUSING','EDUCATION']`;
const NOTES = `array['Talked about the week at work and what helped to keep going.','Planned the next steps with the debt counsellor.','Family visit went better than expected; agreed to call weekly.','Difficult week; named three things that still worked.','Reviewed the daily routine and sleep; small changes agreed.','Prepared the housing application together.']`;
/** Rows of a tenant's residents: p (plan), i (local number), n (global number). */
const RESIDENTS = `bench_plan p cross join generate_series(1, p.residents) i cross join lateral (select (p.ro + i)::bigint as n) x`;

/** [table, statement] in foreign-key order; `$1` is the shared password hash. */
export const loadStatements = () => [
  ['tenant', `insert into tenant (id, slug, name, country, created_at)
    select pg_temp.bid(1, t), format('bench-%s', lpad(t::text, 3, '0')), format('Bench organisation %s', t),
           (array['SI','NO','HR','AT','DK'])[1 + t % 5], ${LOADED_AT}
      from bench_plan`],
  ['user_account', `insert into user_account (tenant_id, id, email, display_name, role, password_hash, created_at)
    select pg_temp.bid(1, p.t), pg_temp.bid(2, p.t * 100000 + u),
           case when p.t = 1 and u = 1 then 'manager@largest.bench' when p.t = 1 and u = 3 then 'counsellor@largest.bench'
                else format('%s.%s@bench-%s.test', case when u <= 2 then 'manager' else 'counsellor' end, u, p.t) end,
           format('%s %s', (${FIRST})[1 + pg_temp.h(1, p.t * 100000 + u) % 20], (${LAST})[1 + pg_temp.h(2, p.t * 100000 + u) % 20]),
           (case when u <= 2 then 'MANAGER' else 'COUNSELLOR' end)::staff_role, $1, ${LOADED_AT}
      from bench_plan p cross join generate_series(1, p.counsellors + 2) u`],
  ['residence', `insert into residence (tenant_id, id, name, address, opened_on, created_at)
    select pg_temp.bid(1, p.t), pg_temp.bid(3, p.ho + r), format('House %s', r), format('Street %s %s', p.t, r), date '2015-01-01', ${LOADED_AT}
      from bench_plan p cross join generate_series(1, p.residences) r`],
  // Unique (residence, room, label): one label per slot.
  ['bed', `insert into bed (tenant_id, id, residence_id, room, label, created_at)
    select pg_temp.bid(1, p.t), pg_temp.bid(4, (p.ho + r) * 8 + s), pg_temp.bid(3, p.ho + r), format('Room %s', (s + 1) / 2), format('Bed %s', s), ${LOADED_AT}
      from bench_plan p cross join generate_series(1, p.residences) r cross join generate_series(1, 8) s`],
  // The first openStays residents of a tenant live in a residence now.
  ['resident', `insert into resident (tenant_id, id, first_name, last_name, date_of_birth, key_worker_id, status, intake_date, created_at, version)
    select pg_temp.bid(1, p.t), pg_temp.bid(5, n), (${FIRST})[1 + pg_temp.h(10, n) % 20], (${LAST})[1 + pg_temp.h(11, n) % 20],
           date '1960-01-01' + (pg_temp.h(12, n) % 15000)::int, pg_temp.counsellor(p.t, p.counsellors, 13, n),
           (case when i <= p.openStays then 'IN_RESIDENCE' when pg_temp.h(14, n) % 2 = 0 then 'FOLLOW_UP' else 'CLOSED' end)::resident_status,
           date '2016-01-01' + (pg_temp.h(15, n) % 3600)::int, ${LOADED_AT}, 1
      from ${RESIDENTS}`],
  // k stays per resident (1–19) in consecutive periods of 3,650/k days from 2016: a stay ends
  // within its period, so discharged_on >= admitted_on and a resident's stays never overlap.
  // The last stay of a resident who lives in a residence now stays open, in the tenant's bed i
  // (one open stay per bed and per resident); closed stays take any bed of the tenant.
  ['stay', `insert into stay (tenant_id, id, resident_id, residence_id, bed_id, admitted_on, discharged_on, discharge_reason, admitted_by_id, created_at)
    select pg_temp.bid(1, p.t), pg_temp.bid(6, sn), pg_temp.bid(5, n), pg_temp.bid(3, pg_temp.bed_residence(p.ho, p.residences, l)),
           pg_temp.bed(p.ho, p.residences, l), admitted, case when open then null else admitted + (period / 4 + pg_temp.h(22, sn) % (period / 2))::int end,
           case when open then null else ((array['COMPLETED','MOVED_ON','RELAPSE','LEFT_WITHOUT_NOTICE','OTHER'])[1 + pg_temp.h(24, sn) % 5])::discharge_reason end,
           pg_temp.counsellor(p.t, p.counsellors, 25, sn), ${LOADED_AT}
      from ${RESIDENTS}
      cross join lateral (select 1 + pg_temp.h(20, n) % 19 as k) c
      cross join lateral (select 3650 / c.k as period) d
      cross join generate_series(1, c.k) j
      cross join lateral (select n * 32 + j as sn, i <= p.openStays and j = c.k as open) s
      cross join lateral (select case when open then i else 1 + pg_temp.h(23, sn) % (8 * p.residences) end as l,
                                 date '2016-01-01' + ((j - 1) * period + pg_temp.h(21, sn) % (period / 4))::int as admitted) a`],
  // 0–80 sessions per resident (mean 40) over the ten years to 2026-11-30, mostly with the key
  // worker; duration 15–120 (check: 1–600); every session has a resident (check: has a client).
  ['counselling_session', `insert into counselling_session (tenant_id, id, resident_id, counsellor_id, occurred_on, duration_minutes, kind, domains, notes, created_at)
    select pg_temp.bid(1, p.t), pg_temp.bid(7, sn), pg_temp.bid(5, n),
           case when pg_temp.h(32, sn) % 10 < 7 then pg_temp.counsellor(p.t, p.counsellors, 13, n) else pg_temp.counsellor(p.t, p.counsellors, 33, sn) end,
           occurred, 15 + (pg_temp.h(34, sn) % 106)::int,
           ((array['INDIVIDUAL','INDIVIDUAL','INDIVIDUAL','PHONE','GROUP','FAMILY','VIDEO'])[1 + pg_temp.h(35, sn) % 7])::session_kind,
           array[(${DOMAINS})[1 + pg_temp.h(36, sn) % 10]]::goal_domain[], (${NOTES})[1 + pg_temp.h(37, sn) % 6], occurred::timestamptz
      from ${RESIDENTS}
      cross join generate_series(1, pg_temp.h(30, n) % 81) j
      cross join lateral (select n * 128 + j as sn) s
      cross join lateral (select date '2026-11-30' - (pg_temp.h(31, sn) % 3650)::int as occurred) o`],
  // 0–10 goals per resident (mean 5), each in another life domain; progress 0–100 (check) and
  // matching the status; updated on the day of the status change its history records.
  ['goal', `insert into goal (tenant_id, id, resident_id, domain, title, target_date, status, progress, version, created_by_id, created_at, updated_at)
    select pg_temp.bid(1, p.t), pg_temp.bid(8, gn), pg_temp.bid(5, n), dom::goal_domain, format('Goal: %s', lower(dom)), created::date + 180,
           st::goal_status, case st when 'PLANNED' then 0 when 'ACHIEVED' then 100 when 'IN_PROGRESS' then 10 + (pg_temp.h(43, gn) % 81)::int else (pg_temp.h(43, gn) % 60)::int end,
           case when st = 'PLANNED' then 1 else 2 end, pg_temp.counsellor(p.t, p.counsellors, 13, n), created,
           case when st = 'PLANNED' then created else created + make_interval(days => (1 + pg_temp.h(44, gn) % 300)::int) end
      from ${RESIDENTS}
      cross join generate_series(1, pg_temp.h(40, n) % 11) j
      cross join lateral (select n * 16 + j as gn, (${DOMAINS})[1 + (pg_temp.h(41, n) + j) % 10] as dom) g
      cross join lateral (select (array['PLANNED','IN_PROGRESS','IN_PROGRESS','ACHIEVED','ABANDONED'])[1 + pg_temp.h(42, gn) % 5] as st,
                                 timestamptz '2016-01-01 09:00+00' + make_interval(days => (pg_temp.h(45, gn) % 3600)::int) as created) s`],
  // The entry that created each goal (from_status null), and its status change if it has one.
  ['goal_event', `insert into goal_event (tenant_id, id, goal_id, changed_by_id, changed_at, from_status, to_status, from_progress, to_progress)
    select g.tenant_id, pg_temp.bid(9, pg_temp.num(g.id) * 2 + e), g.id, g.created_by_id,
           case when e = 1 then g.created_at else g.updated_at end,
           case when e = 1 then null else 'PLANNED'::goal_status end, case when e = 1 then 'PLANNED'::goal_status else g.status end,
           case when e = 1 then null else 0 end, case when e = 1 then 0 else g.progress end
      from goal g cross join generate_series(1, case when g.status = 'PLANNED' then 1 else 2 end) e
     where g.tenant_id in (select pg_temp.bid(1, t) from bench_plan)`],
];
