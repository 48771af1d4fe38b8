import { Migration } from '@mikro-orm/migrations';

export class Migration20261202023704_plans extends Migration {

  override name = 'Migration20261202023704_plans';

  override up(): void | Promise<void> {
    this.addSql(`create type "plan_level" as enum ('ORGANISATION', 'CONSORTIUM');`);
    this.addSql(`create type "milestone_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE', 'MISSED', 'CANCELLED');`);
    this.addSql(`create table "strategic_plan" ("tenant_id" uuid not null, "id" uuid not null, "name" text not null, "description" text null, "period_start" date not null, "period_end" date not null, "level" "plan_level" not null, "consortium_id" uuid null, "version" int not null default 1, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "strategic_plan_tenant_id_level_index" on "strategic_plan" ("tenant_id", "level");`);

    this.addSql(`create table "objective" ("tenant_id" uuid not null, "id" uuid not null, "plan_id" uuid not null, "title" text not null, "position" int not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "objective_tenant_id_plan_id_position_index" on "objective" ("tenant_id", "plan_id", "position");`);

    this.addSql(`create table "indicator" ("tenant_id" uuid not null, "id" uuid not null, "objective_id" uuid not null, "name" text not null, "metric" text not null, "goal_domain" "goal_domain" null, "session_kind" "session_kind" null, "audience" text null, "department_id" uuid null, "baseline" double precision null, "target" double precision not null, "position" int not null, "version" int not null default 1, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "indicator_tenant_id_objective_id_position_index" on "indicator" ("tenant_id", "objective_id", "position");`);

    this.addSql(`create table "indicator_year_target" ("tenant_id" uuid not null, "id" uuid not null, "indicator_id" uuid not null, "year" int not null, "target" double precision not null, primary key ("tenant_id", "id"));`);
    this.addSql(`alter table "indicator_year_target" add constraint "indicator_year_target_tenant_id_indicator_id_year_unique" unique ("tenant_id", "indicator_id", "year");`);

    this.addSql(`create table "milestone" ("tenant_id" uuid not null, "id" uuid not null, "plan_id" uuid not null, "title" text not null, "due_on" date not null, "status" "milestone_status" not null, "done_on" date null, "note" text null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "milestone_tenant_id_plan_id_due_on_index" on "milestone" ("tenant_id", "plan_id", "due_on");`);

    this.addSql(`create table "funding" ("tenant_id" uuid not null, "id" uuid not null, "plan_id" uuid not null, "funder" text not null, "amount" numeric(14,2) not null, "currency" char(3) not null, "note" text null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "funding_tenant_id_plan_id_index" on "funding" ("tenant_id", "plan_id");`);

    this.addSql(`create table "published_report" ("tenant_id" uuid not null, "id" uuid not null, "plan_id" uuid not null, "period_from" date not null, "period_to" date not null, "published_at" timestamptz not null, "published_by_id" uuid not null, "snapshot" jsonb not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "published_report_tenant_id_plan_id_period_from_per_ac133_index" on "published_report" ("tenant_id", "plan_id", "period_from", "period_to", "published_at");`);

    this.addSql(`create table "indicator_comment" ("tenant_id" uuid not null, "id" uuid not null, "indicator_id" uuid not null, "period_from" date not null, "period_to" date not null, "comment" text not null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`alter table "indicator_comment" add constraint "indicator_comment_tenant_id_indicator_id_period_f_6f2c9_unique" unique ("tenant_id", "indicator_id", "period_from", "period_to");`);

    this.addSql(`alter table "strategic_plan" add constraint "strategic_plan_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "strategic_plan" add constraint "strategic_plan_consortium_id_foreign" foreign key ("consortium_id") references "consortium" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "strategic_plan" add constraint "strategic_plan_tenant_id_created_by_id_foreign" foreign key ("tenant_id", "created_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "strategic_plan" add constraint "strategic_plan_consortium_check" check ((level = 'CONSORTIUM') = (consortium_id is not null));`);
    this.addSql(`alter table "strategic_plan" add constraint "strategic_plan_period_check" check (period_end > period_start);`);
    this.addSql(`alter table "strategic_plan" enable row level security;`);
    this.addSql(`alter table "strategic_plan" force row level security;`);
    this.addSql(`create policy "strategic_plan_tenant_isolation" on "strategic_plan" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "objective" add constraint "objective_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "objective" add constraint "objective_tenant_id_plan_id_foreign" foreign key ("tenant_id", "plan_id") references "strategic_plan" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "objective" enable row level security;`);
    this.addSql(`alter table "objective" force row level security;`);
    this.addSql(`create policy "objective_tenant_isolation" on "objective" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "indicator" add constraint "indicator_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "indicator" add constraint "indicator_tenant_id_objective_id_foreign" foreign key ("tenant_id", "objective_id") references "objective" ("tenant_id", "id") on update no action on delete cascade;`);
    this.addSql(`alter table "indicator" add constraint "indicator_tenant_id_department_id_foreign" foreign key ("tenant_id", "department_id") references "department" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "indicator" add constraint "indicator_target_check" check (target >= 0);`);
    this.addSql(`alter table "indicator" add constraint "indicator_metric_check" check ("metric" in ('COUNSELLING_HOURS', 'PEOPLE_COUNSELLED', 'RESIDENCES_OPEN', 'CURRENT_RESIDENTS', 'TRAININGS_HELD', 'GOALS_ACHIEVED', 'PEOPLE_HOUSED', 'OCCUPANCY_RATE', 'RELATIVES_SUPPORTED', 'HELPLINE_CONTACTS', 'MEETINGS_HELD', 'ATTENDANCES', 'PARCELS', 'BARC10_CHANGE'));`);
    this.addSql(`alter table "indicator" add constraint "indicator_audience_check" check ("audience" in ('RESIDENTS', 'RELATIVES'));`);
    this.addSql(`alter table "indicator" enable row level security;`);
    this.addSql(`alter table "indicator" force row level security;`);
    this.addSql(`create policy "indicator_tenant_isolation" on "indicator" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "indicator_year_target" add constraint "indicator_year_target_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "indicator_year_target" add constraint "indicator_year_target_tenant_id_indicator_id_foreign" foreign key ("tenant_id", "indicator_id") references "indicator" ("tenant_id", "id") on update no action on delete cascade;`);
    this.addSql(`alter table "indicator_year_target" add constraint "indicator_year_target_target_check" check (target >= 0);`);
    this.addSql(`alter table "indicator_year_target" enable row level security;`);
    this.addSql(`alter table "indicator_year_target" force row level security;`);
    this.addSql(`create policy "indicator_year_target_tenant_isolation" on "indicator_year_target" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "milestone" add constraint "milestone_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "milestone" add constraint "milestone_tenant_id_plan_id_foreign" foreign key ("tenant_id", "plan_id") references "strategic_plan" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "milestone" add constraint "milestone_done_on_check" check ((status = 'DONE') = (done_on is not null));`);
    this.addSql(`alter table "milestone" enable row level security;`);
    this.addSql(`alter table "milestone" force row level security;`);
    this.addSql(`create policy "milestone_tenant_isolation" on "milestone" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "funding" add constraint "funding_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "funding" add constraint "funding_tenant_id_plan_id_foreign" foreign key ("tenant_id", "plan_id") references "strategic_plan" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "funding" add constraint "funding_currency_check" check (currency ~ '^[A-Z]{3}$');`);
    this.addSql(`alter table "funding" add constraint "funding_amount_check" check (amount >= 0);`);
    this.addSql(`alter table "funding" enable row level security;`);
    this.addSql(`alter table "funding" force row level security;`);
    this.addSql(`create policy "funding_tenant_isolation" on "funding" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "published_report" add constraint "published_report_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "published_report" add constraint "published_report_tenant_id_plan_id_foreign" foreign key ("tenant_id", "plan_id") references "strategic_plan" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "published_report" add constraint "published_report_tenant_id_published_by_id_foreign" foreign key ("tenant_id", "published_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "published_report" enable row level security;`);
    this.addSql(`alter table "published_report" force row level security;`);
    this.addSql(`create policy "published_report_tenant_isolation" on "published_report" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "indicator_comment" add constraint "indicator_comment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "indicator_comment" add constraint "indicator_comment_tenant_id_indicator_id_foreign" foreign key ("tenant_id", "indicator_id") references "indicator" ("tenant_id", "id") on update no action on delete cascade;`);
    this.addSql(`alter table "indicator_comment" add constraint "indicator_comment_tenant_id_updated_by_id_foreign" foreign key ("tenant_id", "updated_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "indicator_comment" enable row level security;`);
    this.addSql(`alter table "indicator_comment" force row level security;`);
    this.addSql(`create policy "indicator_comment_tenant_isolation" on "indicator_comment" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`grant select, insert, update on "strategic_plan" to bridgeway_app;`);
    this.addSql(`grant select, insert, update, delete on "objective" to bridgeway_app;`);
    this.addSql(`grant select, insert, update, delete on "indicator" to bridgeway_app;`);
    this.addSql(`grant select, insert, update, delete on "indicator_year_target" to bridgeway_app;`);
    this.addSql(`grant select, insert, update, delete on "milestone" to bridgeway_app;`);
    this.addSql(`grant select, insert, update, delete on "funding" to bridgeway_app;`);
    this.addSql(`grant select, insert on "published_report" to bridgeway_app;`);
    this.addSql(`grant select, insert, update, delete on "indicator_comment" to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "objective" drop constraint "objective_tenant_id_plan_id_foreign";`);
    this.addSql(`alter table "milestone" drop constraint "milestone_tenant_id_plan_id_foreign";`);
    this.addSql(`alter table "funding" drop constraint "funding_tenant_id_plan_id_foreign";`);
    this.addSql(`alter table "published_report" drop constraint "published_report_tenant_id_plan_id_foreign";`);
    this.addSql(`alter table "indicator" drop constraint "indicator_tenant_id_objective_id_foreign";`);
    this.addSql(`alter table "indicator_year_target" drop constraint "indicator_year_target_tenant_id_indicator_id_foreign";`);
    this.addSql(`alter table "indicator_comment" drop constraint "indicator_comment_tenant_id_indicator_id_foreign";`);

    this.addSql(`drop table if exists "strategic_plan" cascade;`);
    this.addSql(`drop table if exists "objective" cascade;`);
    this.addSql(`drop table if exists "indicator" cascade;`);
    this.addSql(`drop table if exists "indicator_year_target" cascade;`);
    this.addSql(`drop table if exists "milestone" cascade;`);
    this.addSql(`drop table if exists "funding" cascade;`);
    this.addSql(`drop table if exists "published_report" cascade;`);
    this.addSql(`drop table if exists "indicator_comment" cascade;`);

    this.addSql(`drop type "plan_level";`);
    this.addSql(`drop type "milestone_status";`);
  }

}
