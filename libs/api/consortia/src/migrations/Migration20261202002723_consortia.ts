import { Migration } from '@mikro-orm/migrations';

export class Migration20261202002723_consortia extends Migration {

  override name = 'Migration20261202002723_consortia';

  override up(): void | Promise<void> {
    this.addSql(`create table "consortium" ("id" uuid not null, "name" text not null, "small_cell_threshold" int not null default 5, primary key ("id"));`);
    this.addSql(`comment on table "consortium" is 'platform: consortia of partner organisations (no personal data)';`);

    this.addSql(`create table "consortium_member" ("tenant_id" uuid not null, "id" uuid not null, "consortium_id" uuid not null, "joined_on" date not null, "left_on" date null, primary key ("tenant_id", "id"));`);
    this.addSql(`alter table "consortium_member" add constraint "consortium_member_tenant_id_consortium_id_joined_on_unique" unique ("tenant_id", "consortium_id", "joined_on");`);

    this.addSql(`create table "resident_consent" ("tenant_id" uuid not null, "id" uuid not null, "resident_id" uuid not null, "given" boolean not null, "decided_on" date not null, "recorded_by_id" uuid not null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "resident_consent_tenant_id_resident_id_decided_on__4eea6_index" on "resident_consent" ("tenant_id", "resident_id", "decided_on", "created_at");`);

    this.addSql(`create table "consortium_coordinator" ("tenant_id" uuid not null, "id" uuid not null, "consortium_id" uuid not null, "user_id" uuid not null, primary key ("tenant_id", "id"));`);
    this.addSql(`alter table "consortium_coordinator" add constraint "consortium_coordinator_tenant_id_consortium_id_user_id_unique" unique ("tenant_id", "consortium_id", "user_id");`);


    // Hand-written (ADR 0009). The consortia the caller sees (member tenant, or coordinator): ids only.
    // SECURITY DEFINER owned by the migrating owner (BYPASSRLS), so the policies below that call it
    // do not recurse into consortium_member's own policies.
    this.addSql(`
create function consortium_visible_ids() returns setof uuid
language sql stable security definer set search_path = public, pg_temp
as $$
  select consortium_id from consortium_member where tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
  union
  select consortium_id from consortium_coordinator
   where tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and user_id = nullif(current_setting('app.user_id', true), '')::uuid
$$;`);
    this.addSql(`revoke execute on function consortium_visible_ids() from public;`);
    this.addSql(`grant execute on function consortium_visible_ids() to bridgeway_app;`);

    this.addSql(`alter table "consortium" add constraint "consortium_small_cell_threshold_check" check (small_cell_threshold >= 1);`);
    this.addSql(`alter table "consortium" enable row level security;`);
    this.addSql(`alter table "consortium" force row level security;`);
    this.addSql(`create policy "consortium_visible" on "consortium" for select using (id in (select consortium_visible_ids()));`);

    this.addSql(`alter table "consortium_member" add constraint "consortium_member_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "consortium_member" add constraint "consortium_member_consortium_id_foreign" foreign key ("consortium_id") references "consortium" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "consortium_member" enable row level security;`);
    this.addSql(`alter table "consortium_member" force row level security;`);
    this.addSql(`create policy "consortium_member_tenant_isolation" on "consortium_member" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`create policy "consortium_member_visible" on "consortium_member" for select using (consortium_id in (select consortium_visible_ids()));`);

    this.addSql(`alter table "resident_consent" add constraint "resident_consent_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "resident_consent" add constraint "resident_consent_tenant_id_resident_id_foreign" foreign key ("tenant_id", "resident_id") references "resident" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "resident_consent" add constraint "resident_consent_tenant_id_recorded_by_id_foreign" foreign key ("tenant_id", "recorded_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "resident_consent" enable row level security;`);
    this.addSql(`alter table "resident_consent" force row level security;`);
    this.addSql(`create policy "resident_consent_tenant_isolation" on "resident_consent" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "consortium_coordinator" add constraint "consortium_coordinator_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "consortium_coordinator" add constraint "consortium_coordinator_consortium_id_foreign" foreign key ("consortium_id") references "consortium" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "consortium_coordinator" add constraint "consortium_coordinator_tenant_id_user_id_foreign" foreign key ("tenant_id", "user_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "consortium_coordinator" enable row level security;`);
    this.addSql(`alter table "consortium_coordinator" force row level security;`);
    this.addSql(`create policy "consortium_coordinator_tenant_isolation" on "consortium_coordinator" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`grant select on "consortium" to bridgeway_app;`);
    this.addSql(`grant select on "consortium_member" to bridgeway_app;`);
    this.addSql(`grant select, insert on "resident_consent" to bridgeway_app;`);
    this.addSql(`grant select on "consortium_coordinator" to bridgeway_app;`);
    // The metric registry (docs/figures.md): each consortium metric once, per tenant. SECURITY INVOKER:
    // called by the app role, row security limits it to its own tenant.
    this.addSql(`
create function tenant_metrics(p_tenant_id uuid, p_from date, p_to date, p_consented_only boolean default false)
returns table (residences_open int, current_residents int, counselling_minutes int, people_counselled int, trainings_held int, goals_achieved int)
language sql stable set search_path = public, pg_temp
as $$
  with withdrawn as (
    -- The latest decision counts (decision date, then recording); no decision = not withdrawn.
    select resident_id from (
      select distinct on (resident_id) resident_id, given from resident_consent
       where tenant_id = p_tenant_id and p_consented_only
       order by resident_id, decided_on desc, created_at desc, id desc) latest
     where not given
  ), sessions as (
    select s.resident_id, s.duration_minutes from counselling_session s
     where s.tenant_id = p_tenant_id and s.occurred_on between p_from and p_to
       and (s.resident_id is null or s.resident_id not in (select resident_id from withdrawn))
  ), closed as (
    -- As goalsByDomain: the UTC day of the goal's latest status change.
    select goal_id, (max(changed_at) at time zone 'UTC')::date as closed_on from goal_event
     where tenant_id = p_tenant_id and from_status is distinct from to_status group by goal_id
  )
  select
    (select count(*) from residence r
      where r.tenant_id = p_tenant_id and (r.opened_on is null or r.opened_on <= p_to) and (r.closed_on is null or r.closed_on > p_to))::int,
    (select count(distinct st.resident_id) from stay st
      where st.tenant_id = p_tenant_id and st.admitted_on <= p_to and (st.discharged_on is null or st.discharged_on > p_to)
        and st.resident_id not in (select resident_id from withdrawn))::int,
    (select coalesce(sum(duration_minutes), 0) from sessions)::int,
    (select count(distinct resident_id) from sessions)::int,
    (select f.trainings_held from programme_figures(p_tenant_id, p_from, p_to) f),
    (select count(*) from goal g join closed c on c.goal_id = g.id
      where g.tenant_id = p_tenant_id and g.status = 'ACHIEVED' and c.closed_on between p_from and p_to
        and g.resident_id not in (select resident_id from withdrawn))::int
$$;`);
    this.addSql(`grant execute on function tenant_metrics(uuid, date, date, boolean) to bridgeway_app;`);

    // The one cross-tenant path (ADR 0009): aggregates per member tenant, consenting residents only,
    // for a coordinator of the consortium or a manager of a member; anyone else gets 42501.
    this.addSql(`
create function consortium_partner_figures(p_consortium_id uuid, p_from date, p_to date)
returns table (tenant_id uuid, tenant_name text, residences_open int, current_residents int, counselling_minutes int, people_counselled int, trainings_held int, goals_achieved int)
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
    select t.id, t.name, f.residences_open, f.current_residents, f.counselling_minutes, f.people_counselled, f.trainings_held, f.goals_achieved
      from tenant t
     cross join lateral tenant_metrics(t.id, p_from, p_to, true) f
     where t.id in (select m.tenant_id from consortium_member m
                     where m.consortium_id = p_consortium_id and m.joined_on <= p_to and (m.left_on is null or m.left_on >= p_from));
end
$$;`);
    this.addSql(`revoke execute on function consortium_partner_figures(uuid, date, date) from public;`);
    this.addSql(`grant execute on function consortium_partner_figures(uuid, date, date) to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function consortium_partner_figures(uuid, date, date);`);
    this.addSql(`drop function tenant_metrics(uuid, date, date, boolean);`);
    this.addSql(`drop table if exists "resident_consent" cascade;`);
    this.addSql(`drop table if exists "consortium_coordinator" cascade;`);
    this.addSql(`drop table if exists "consortium_member" cascade;`);
    this.addSql(`drop table if exists "consortium" cascade;`);
    this.addSql(`drop function consortium_visible_ids();`);
  }
}
