import { Migration } from '@mikro-orm/migrations';

/** The columns of tenant_metrics_periods, as Migration20261202021000_metric_registry declares them. */
const COLUMNS = `residences_open int, current_residents int, counselling_minutes int, people_counselled int, trainings_held int,
  goals_achieved int, people_housed int, occupied_beds int, beds int, relatives_supported int, helpline_contacts int,
  meetings_held int, attendances int, parcels int, barc10_change_sum int, barc10_people int`;

/**
 * tenant_metrics_periods() as Migration20261202021000_metric_registry wrote it, with its two reads of
 * counselling_session narrowed by `sessionFilter` (same signature, SET clauses and grant).
 */
const tenantMetricsPeriods = (sessionFilter: string) => {
  const WITHDRAWN = sessionFilter;
  return `
create or replace function tenant_metrics_periods(p_tenant_id uuid, p_periods daterange[], p_consented_only boolean default false,
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
     where s.tenant_id = p_tenant_id and s.occurred_on between (select p_from from span) and (select p_to from span)${WITHDRAWN}
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
     where s.tenant_id = p_tenant_id and s.relative_id is not null${WITHDRAWN}
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
$$;`;
};

/**
 * Sessions can be corrected or withdrawn (docs/figures.md): the append-only revision table, the
 * withdrawal columns and the version; a withdrawn session leaves the metric registry's figures.
 */
export class Migration20261202032639_session_corrections extends Migration {
  override name = 'Migration20261202032639_session_corrections';

  override up(): void {
    this.addSql(`create type "session_change" as enum ('CORRECTED', 'WITHDRAWN');`);
    this.addSql(`create table "counselling_session_revision" ("tenant_id" uuid not null, "id" uuid not null, "session_id" uuid not null, "change" "session_change" not null, "changed_by_id" uuid not null, "changed_at" timestamptz not null, "reason" text not null, "previous" jsonb not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "counselling_session_revision_tenant_id_session_id__d1939_index" on "counselling_session_revision" ("tenant_id", "session_id", "changed_at");`);
    this.addSql(`alter table "counselling_session" add "version" int not null default 1, add "withdrawn_at" timestamptz null, add "withdrawn_by_id" uuid null, add "withdrawal_reason" text null;`);
    this.addSql(`alter table "counselling_session" add constraint "counselling_session_tenant_id_withdrawn_by_id_foreign" foreign key ("tenant_id", "withdrawn_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "counselling_session_revision" add constraint "counselling_session_revision_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "counselling_session_revision" add constraint "counselling_session_revision_tenant_id_session_id_foreign" foreign key ("tenant_id", "session_id") references "counselling_session" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "counselling_session_revision" add constraint "counselling_session_revision_tenant_id_changed_by_id_foreign" foreign key ("tenant_id", "changed_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "counselling_session_revision" enable row level security;`);
    this.addSql(`alter table "counselling_session_revision" force row level security;`);
    this.addSql(`create policy "counselling_session_revision_tenant_isolation" on "counselling_session_revision" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`grant select, insert on "counselling_session_revision" to bridgeway_app;`);

    this.addSql(tenantMetricsPeriods(' and s.withdrawn_at is null'));
    this.addSql(`grant execute on function tenant_metrics_periods(uuid, daterange[], boolean, uuid, text, text, text, text[]) to bridgeway_app;`);
  }

  override down(): void {
    this.addSql(tenantMetricsPeriods(''));
    this.addSql(`drop table if exists "counselling_session_revision" cascade;`);
    this.addSql(`alter table "counselling_session" drop constraint "counselling_session_tenant_id_withdrawn_by_id_foreign";`);
    this.addSql(`alter table "counselling_session" drop column "version", drop column "withdrawn_at", drop column "withdrawn_by_id", drop column "withdrawal_reason";`);
    this.addSql(`drop type "session_change";`);
  }
}
