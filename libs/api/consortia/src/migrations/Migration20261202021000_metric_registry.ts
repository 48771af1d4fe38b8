import { Migration } from '@mikro-orm/migrations';

/** The columns of every registry function, in order (metric-values.service.ts reads them by name). */
const COLUMNS = `residences_open int, current_residents int, counselling_minutes int, people_counselled int, trainings_held int,
  goals_achieved int, people_housed int, occupied_beds int, beds int, relatives_supported int, helpline_contacts int,
  meetings_held int, attendances int, parcels int, barc10_change_sum int, barc10_people int`;
const COLUMN_NAMES = `residences_open, current_residents, counselling_minutes, people_counselled, trainings_held, goals_achieved,
  people_housed, occupied_beds, beds, relatives_supported, helpline_contacts, meetings_held, attendances, parcels,
  barc10_change_sum, barc10_people`;

/**
 * The metric registry in SQL (docs/figures.md, metric-registry.ts): every metric defined once, in
 * tenant_metrics_periods(), per tenant and for a list of periods at once (a month-by-month trend
 * reads each table once instead of once per month), optionally narrowed by a department, a goal
 * domain, a session kind or an audience. tenant_metrics() is the same for one period. Both are
 * SECURITY INVOKER: the application role only ever counts its own tenant. The one cross-tenant
 * path, consortium_partner_figures[_periods]() (SECURITY DEFINER, ADR 0009), calls them per member
 * with p_consented_only, so residents who withdrew consent are left out there.
 */
export class Migration20261202021000_metric_registry extends Migration {
  override name = 'Migration20261202021000_metric_registry';

  override up(): void {
    this.addSql(`drop function consortium_partner_figures(uuid, date, date);`);
    this.addSql(`drop function tenant_metrics(uuid, date, date, boolean);`);
    this.addSql(`
create function tenant_metrics_periods(p_tenant_id uuid, p_periods daterange[], p_consented_only boolean default false,
                                       p_department_id uuid default null, p_goal_domain text default null,
                                       p_session_kind text default null, p_audience text default null, p_metrics text[] default null)
returns table (period daterange, ${COLUMNS})
language sql stable set search_path = public, pg_temp
-- A generic plan cannot fold away the filters and metrics not asked for (measured: 3× slower).
set plan_cache_mode = force_custom_plan
as $$
  with periods as (
    -- Each period once, numbered (grouping by a number is cheaper than by a range), as its first
    -- and last day (both included); the input ranges may be open or closed.
    select row_number() over (order by lower(p), upper(p))::int as i, p as period, lower(p) as p_from, upper(p) - 1 as p_to
      from (select distinct p from unnest(p_periods) p where not isempty(p) and not lower_inf(p) and not upper_inf(p)) x
  ), span as (
    select min(p_from) as p_from, max(p_to) as p_to from periods
  ), withdrawn as (
    -- The latest decision counts (decision date, then recording); no decision = not withdrawn.
    select resident_id from (
      select distinct on (resident_id) resident_id, given from resident_consent
       where tenant_id = p_tenant_id and p_consented_only
       order by resident_id, decided_on desc, created_at desc, id desc) latest
     where not given
  ), residences as materialized (
    select r.id, r.opened_on, r.closed_on from residence r
     where r.tenant_id = p_tenant_id and (p_department_id is null or r.department_id = p_department_id)
  ), stays as materialized (
    -- Stays overlapping the span, found by their dates (index on tenant, discharged_on).
    select st.resident_id, st.admitted_on, st.discharged_on from stay st
     where st.tenant_id = p_tenant_id
       and st.admitted_on <= (select p_to from span) and (st.discharged_on is null or st.discharged_on >= (select p_from from span))
       and (p_department_id is null or st.residence_id in (select id from residences))
       and st.resident_id not in (select resident_id from withdrawn)
  ), by_sessions as materialized (
    -- From the covering index on (tenant_id, occurred_on).
    select pr.i, sum(s.duration_minutes) as minutes, count(distinct s.resident_id) as people
      from counselling_session s join periods pr on s.occurred_on between pr.p_from and pr.p_to
     where s.tenant_id = p_tenant_id and s.occurred_on between (select p_from from span) and (select p_to from span)
       and (s.resident_id is null or s.resident_id not in (select resident_id from withdrawn))
       and (p_session_kind is null or s.kind::text = p_session_kind)
       -- RESIDENTS: sessions with a resident (FAMILY ones included); RELATIVES: with a relative alone.
       and (p_audience is null or (p_audience = 'RESIDENTS') = (s.resident_id is not null))
     group by pr.i
  ), closed as materialized (
    -- As goalsByDomain: the UTC day of the goal's latest status change.
    select g.id, (max(e.changed_at) at time zone 'UTC')::date as closed_on
      from goal g join goal_event e on e.tenant_id = g.tenant_id and e.goal_id = g.id
     where g.tenant_id = p_tenant_id and g.status = 'ACHIEVED' and e.from_status is distinct from e.to_status
       and (p_goal_domain is null or g.domain::text = p_goal_domain)
       and g.resident_id not in (select resident_id from withdrawn)
     group by g.id
  ), local_days as (
    select t.time_zone from tenant t where t.id = p_tenant_id
  ), relatives as (
    -- Relatives counselled, present at a held meeting (the local day it starts, as programme_figures),
    -- linked to a helpline contact, followed up after a death, or given a handout.
    select pr.i, s.relative_id from counselling_session s join periods pr on s.occurred_on between pr.p_from and pr.p_to
     where s.tenant_id = p_tenant_id and s.relative_id is not null
    union select pr.i, a.relative_id from attendance a
            join meeting m on m.tenant_id = a.tenant_id and m.id = a.meeting_id
            cross join local_days
            join periods pr on (m.starts_at at time zone local_days.time_zone)::date between pr.p_from and pr.p_to
           where a.tenant_id = p_tenant_id and a.present and a.relative_id is not null and m.status = 'HELD'
    union select pr.i, c.relative_id from helpline_contact c cross join local_days
            join periods pr on (c.occurred_at at time zone local_days.time_zone)::date between pr.p_from and pr.p_to
           where c.tenant_id = p_tenant_id and c.relative_id is not null
    union select pr.i, f.relative_id from planned_contact pc
            join grief_follow_up f on f.tenant_id = pc.tenant_id and f.id = pc.follow_up_id
            join periods pr on pc.done_on between pr.p_from and pr.p_to
           where pc.tenant_id = p_tenant_id and pc.status = 'DONE'
    union select pr.i, h.relative_id from handout h join periods pr on h.handed_out_on between pr.p_from and pr.p_to
           where h.tenant_id = p_tenant_id and h.relative_id is not null
  ), by_relatives as materialized (
    select i, count(*) as relatives from relatives group by i
  ), barc as (
    -- Per period: residents whose latest BARC-10 up to its end falls in it and who have an earlier one: latest − first.
    select pr.i, a.resident_id,
           (array_agg(a.total order by a.taken_on desc, a.created_at desc))[1] - (array_agg(a.total order by a.taken_on, a.created_at))[1] as change
      from assessment a join periods pr on a.taken_on <= pr.p_to
     where a.tenant_id = p_tenant_id and a.instrument_code = 'BARC-10'
       and a.resident_id not in (select resident_id from withdrawn)
     group by pr.i, pr.p_from, a.resident_id
    having count(*) >= 2 and max(a.taken_on) >= pr.p_from
  ), by_barc as materialized (
    select i, sum(change) as change_sum, count(*) as people from barc group by i
  )
  -- Only the metrics asked for are computed (p_metrics; null = all): a CASE runs its subquery, and a
  -- CTE is materialised, only when reached; materialised once, not again for every period.
  select pr.period,
    case when (p_metrics is null or 'RESIDENCES_OPEN' = any(p_metrics)) then
      (select count(*) from residences r where (r.opened_on is null or r.opened_on <= pr.p_to) and (r.closed_on is null or r.closed_on > pr.p_to))::int end,
    case when (p_metrics is null or 'CURRENT_RESIDENTS' = any(p_metrics)) then
      (select count(distinct resident_id) from stays where admitted_on <= pr.p_to and (discharged_on is null or discharged_on > pr.p_to))::int end,
    case when (p_metrics is null or 'COUNSELLING_HOURS' = any(p_metrics)) then coalesce((select minutes from by_sessions b where b.i = pr.i), 0)::int end,
    case when (p_metrics is null or 'PEOPLE_COUNSELLED' = any(p_metrics)) then coalesce((select people from by_sessions b where b.i = pr.i), 0)::int end,
    case when (p_metrics is null or 'TRAININGS_HELD' = any(p_metrics)) then (select trainings_held from programme_figures(p_tenant_id, pr.p_from, pr.p_to, p_department_id)) end,
    case when (p_metrics is null or 'GOALS_ACHIEVED' = any(p_metrics)) then (select count(*) from closed c where c.closed_on between pr.p_from and pr.p_to)::int end,
    case when (p_metrics is null or 'PEOPLE_HOUSED' = any(p_metrics)) then
      (select count(distinct resident_id) from stays where admitted_on <= pr.p_to and (discharged_on is null or discharged_on >= pr.p_from))::int end,
    -- Occupancy at the period's end, by the rules of occupancyOverTime (open stays / beds that day).
    case when (p_metrics is null or 'OCCUPANCY_RATE' = any(p_metrics)) then
      (select count(*) from stays where admitted_on <= pr.p_to and (discharged_on is null or discharged_on > pr.p_to))::int end,
    case when (p_metrics is null or 'OCCUPANCY_RATE' = any(p_metrics)) then
      (select count(*) from bed b join residences r on r.id = b.residence_id
        where b.tenant_id = p_tenant_id and (r.opened_on is null or r.opened_on <= pr.p_to) and (r.closed_on is null or r.closed_on > pr.p_to)
          and (b.retired_on is null or b.retired_on > pr.p_to))::int end,
    case when (p_metrics is null or 'RELATIVES_SUPPORTED' = any(p_metrics)) then coalesce((select relatives from by_relatives b where b.i = pr.i), 0)::int end,
    case when (p_metrics is null or 'HELPLINE_CONTACTS' = any(p_metrics)) then (select contacts from helpline_figures(p_tenant_id, pr.p_from, pr.p_to, p_department_id)) end,
    case when (p_metrics is null or 'MEETINGS_HELD' = any(p_metrics)) then (select meetings_held from programme_figures(p_tenant_id, pr.p_from, pr.p_to, p_department_id)) end,
    case when (p_metrics is null or 'ATTENDANCES' = any(p_metrics)) then (select attendances from programme_figures(p_tenant_id, pr.p_from, pr.p_to, p_department_id)) end,
    case when (p_metrics is null or 'PARCELS' = any(p_metrics)) then
      (select coalesce(sum(quantity), 0) from material_support_figures(p_tenant_id, pr.p_from, pr.p_to, p_department_id) where kind = 'FOOD_PARCEL')::int end,
    case when (p_metrics is null or 'BARC10_CHANGE' = any(p_metrics)) then coalesce((select change_sum from by_barc b where b.i = pr.i), 0)::int end,
    case when (p_metrics is null or 'BARC10_CHANGE' = any(p_metrics)) then coalesce((select people from by_barc b where b.i = pr.i), 0)::int end
  from periods pr
  order by pr.p_from, pr.p_to
$$;`);
    this.addSql(`grant execute on function tenant_metrics_periods(uuid, daterange[], boolean, uuid, text, text, text, text[]) to bridgeway_app;`);
    this.addSql(`
create function tenant_metrics(p_tenant_id uuid, p_from date, p_to date, p_consented_only boolean default false,
                               p_department_id uuid default null, p_goal_domain text default null,
                               p_session_kind text default null, p_audience text default null, p_metrics text[] default null)
returns table (${COLUMNS})
language sql stable set search_path = public, pg_temp
as $$
  select ${COLUMN_NAMES}
    from tenant_metrics_periods(p_tenant_id, array[daterange(p_from, p_to, '[]')], p_consented_only,
                                p_department_id, p_goal_domain, p_session_kind, p_audience, p_metrics)
$$;`);
    this.addSql(`grant execute on function tenant_metrics(uuid, date, date, boolean, uuid, text, text, text, text[]) to bridgeway_app;`);

    // The one cross-tenant path (ADR 0009), for a list of periods: per period, the tenants that were
    // members in it, with every metric of the registry and the filters that mean the same in every
    // tenant (a department is one tenant's: not here). Aggregates only; the caller is checked first.
    this.addSql(`
create function consortium_partner_figures_periods(p_consortium_id uuid, p_periods daterange[], p_goal_domain text default null,
                                                   p_session_kind text default null, p_audience text default null,
                                                   p_metrics text[] default null)
returns table (period daterange, tenant_id uuid, tenant_name text, ${COLUMNS})
language plpgsql stable security definer set search_path = public, pg_temp
as $$
#variable_conflict use_column
declare
  v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  v_user uuid := nullif(current_setting('app.user_id', true), '')::uuid;
begin
  if not exists (
    select 1 from user_account u
     where u.tenant_id = v_tenant and u.id = v_user and u.disabled_at is null
       and (exists (select 1 from consortium_coordinator k where k.consortium_id = p_consortium_id and k.tenant_id = u.tenant_id and k.user_id = u.id)
            or (u.role = 'MANAGER' and exists (select 1 from consortium_member m where m.consortium_id = p_consortium_id and m.tenant_id = u.tenant_id)))
  ) then
    raise exception 'consortium figures: not a coordinator of this consortium or a manager of a member' using errcode = '42501';
  end if;
  return query
    with members as (
      -- Each member with the periods it was a member in (joined by the end, not left before the start).
      select t.id, t.name, array_agg(p order by lower(p)) as periods
        from tenant t
        join consortium_member m on m.tenant_id = t.id and m.consortium_id = p_consortium_id
        join unnest(p_periods) p on m.joined_on <= upper(p) - 1 and (m.left_on is null or m.left_on >= lower(p))
       group by t.id, t.name
    )
    select f.period, members.id, members.name, ${COLUMN_NAMES.replace(/(\w+)/g, 'f.$1')}
      from members
     cross join lateral tenant_metrics_periods(members.id, members.periods, true, null, p_goal_domain, p_session_kind, p_audience, p_metrics) f;
end
$$;`);
    this.addSql(`revoke execute on function consortium_partner_figures_periods(uuid, daterange[], text, text, text, text[]) from public;`);
    this.addSql(`grant execute on function consortium_partner_figures_periods(uuid, daterange[], text, text, text, text[]) to bridgeway_app;`);
    this.addSql(`
create function consortium_partner_figures(p_consortium_id uuid, p_from date, p_to date, p_goal_domain text default null,
                                           p_session_kind text default null, p_audience text default null,
                                           p_metrics text[] default null)
returns table (tenant_id uuid, tenant_name text, ${COLUMNS})
language sql stable set search_path = public, pg_temp
as $$
  select tenant_id, tenant_name, ${COLUMN_NAMES}
    from consortium_partner_figures_periods(p_consortium_id, array[daterange(p_from, p_to, '[]')], p_goal_domain, p_session_kind, p_audience, p_metrics)
$$;`);
    this.addSql(`grant execute on function consortium_partner_figures(uuid, date, date, text, text, text, text[]) to bridgeway_app;`);
  }

  override down(): void {
    // Forward-only in practice (no migration is rolled back in production); down() removes the
    // functions so the consortia migration's own down() can then drop its tables.
    this.addSql(`drop function consortium_partner_figures(uuid, date, date, text, text, text, text[]);`);
    this.addSql(`drop function consortium_partner_figures_periods(uuid, daterange[], text, text, text, text[]);`);
    this.addSql(`drop function tenant_metrics(uuid, date, date, boolean, uuid, text, text, text, text[]);`);
    this.addSql(`drop function tenant_metrics_periods(uuid, daterange[], boolean, uuid, text, text, text, text[]);`);
  }
}
