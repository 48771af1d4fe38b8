import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224521_helpline extends Migration {

  override name = 'Migration20261201224521_helpline';

  override up(): void | Promise<void> {
    this.addSql(`create type "contact_channel" as enum ('PHONE', 'CHAT', 'EMAIL', 'IN_PERSON', 'VIDEO');`);
    this.addSql(`create type "caller_kind" as enum ('RELATIVE', 'PERSON_WITH_ADDICTION', 'BEREAVED', 'PROFESSIONAL', 'OTHER');`);
    this.addSql(`create type "helpline_topic" as enum ('SUBSTANCE_USE', 'GRIEF_AFTER_OVERDOSE', 'MENTAL_HEALTH', 'PRACTICAL_LEGAL', 'OTHER');`);
    this.addSql(`create type "contact_outcome" as enum ('INFORMATION_GIVEN', 'REFERRED', 'FOLLOW_UP_BOOKED', 'OTHER');`);
    this.addSql(`create type "follow_up_status" as enum ('ACTIVE', 'COMPLETED', 'ENDED');`);
    this.addSql(`create type "planned_contact_status" as enum ('PLANNED', 'DONE', 'MISSED', 'CANCELLED');`);
    this.addSql(`create table "helpline_contact" ("tenant_id" uuid not null, "id" uuid not null, "occurred_at" timestamptz not null, "duration_minutes" int not null, "channel" "contact_channel" not null, "caller_kind" "caller_kind" not null, "topics" "helpline_topic"[] not null default '{}', "outcome" "contact_outcome" not null, "referred_to" text null, "notes" text null, "relative_id" uuid null, "resident_id" uuid null, "department_id" uuid null, "recorded_by_id" uuid not null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "helpline_contact_by_resident" on "helpline_contact" ("tenant_id", "resident_id") where "resident_id" is not null;`);
    this.addSql(`create index "helpline_contact_by_relative" on "helpline_contact" ("tenant_id", "relative_id") where "relative_id" is not null;`);
    this.addSql(`create index "helpline_contact_tenant_id_occurred_at_index" on "helpline_contact" ("tenant_id", "occurred_at") include ("channel", "topics", "caller_kind", "department_id", "duration_minutes");`);

    this.addSql(`create table "grief_follow_up" ("tenant_id" uuid not null, "id" uuid not null, "relative_id" uuid not null, "started_on" date not null, "status" "follow_up_status" not null default 'ACTIVE', "responsible_id" uuid not null, "department_id" uuid null, "note" text null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "grief_follow_up_tenant_id_relative_id_index" on "grief_follow_up" ("tenant_id", "relative_id");`);

    this.addSql(`create table "planned_contact" ("tenant_id" uuid not null, "id" uuid not null, "follow_up_id" uuid not null, "planned_on" date not null, "status" "planned_contact_status" not null default 'PLANNED', "done_on" date null, "note" text null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "planned_contact_tenant_id_done_on_index" on "planned_contact" ("tenant_id", "done_on");`);
    this.addSql(`create index "planned_contact_tenant_id_follow_up_id_planned_on_index" on "planned_contact" ("tenant_id", "follow_up_id", "planned_on");`);

    this.addSql(`alter table "programme" drop constraint "programme_schedule_complete";`);
    this.addSql(`alter table "programme" add constraint "programme_schedule_complete" check ((schedule_interval_weeks is null and schedule_weekday is null and schedule_start_time is null and schedule_end_time is null) or (schedule_interval_weeks between 1 and 4 and schedule_weekday between 1 and 7 and schedule_start_time is not null and schedule_end_time > schedule_start_time));`);

    this.addSql(`alter table "helpline_contact" add constraint "helpline_contact_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "helpline_contact" add constraint "helpline_contact_tenant_id_relative_id_foreign" foreign key ("tenant_id", "relative_id") references "relative" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "helpline_contact" add constraint "helpline_contact_tenant_id_resident_id_foreign" foreign key ("tenant_id", "resident_id") references "resident" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "helpline_contact" add constraint "helpline_contact_tenant_id_department_id_foreign" foreign key ("tenant_id", "department_id") references "department" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "helpline_contact" add constraint "helpline_contact_tenant_id_recorded_by_id_foreign" foreign key ("tenant_id", "recorded_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "helpline_contact" add constraint "helpline_contact_referral" check (outcome <> 'REFERRED' or referred_to is not null);`);
    this.addSql(`alter table "helpline_contact" add constraint "helpline_contact_one_person" check (num_nonnulls(relative_id, resident_id) <= 1);`);
    this.addSql(`alter table "helpline_contact" add constraint "helpline_contact_duration_range" check (duration_minutes >= 0 and duration_minutes <= 600);`);
    this.addSql(`alter table "helpline_contact" enable row level security;`);
    this.addSql(`alter table "helpline_contact" force row level security;`);
    this.addSql(`create policy "helpline_contact_tenant_isolation" on "helpline_contact" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "grief_follow_up" add constraint "grief_follow_up_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "grief_follow_up" add constraint "grief_follow_up_tenant_id_relative_id_foreign" foreign key ("tenant_id", "relative_id") references "relative" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "grief_follow_up" add constraint "grief_follow_up_tenant_id_responsible_id_foreign" foreign key ("tenant_id", "responsible_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "grief_follow_up" add constraint "grief_follow_up_tenant_id_department_id_foreign" foreign key ("tenant_id", "department_id") references "department" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "grief_follow_up" enable row level security;`);
    this.addSql(`alter table "grief_follow_up" force row level security;`);
    this.addSql(`create policy "grief_follow_up_tenant_isolation" on "grief_follow_up" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "planned_contact" add constraint "planned_contact_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "planned_contact" add constraint "planned_contact_tenant_id_follow_up_id_foreign" foreign key ("tenant_id", "follow_up_id") references "grief_follow_up" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "planned_contact" add constraint "planned_contact_done_on" check ((status = 'DONE') = (done_on is not null));`);
    this.addSql(`alter table "planned_contact" enable row level security;`);
    this.addSql(`alter table "planned_contact" force row level security;`);
    this.addSql(`create policy "planned_contact_tenant_isolation" on "planned_contact" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`grant select, insert, update on "helpline_contact" to bridgeway_app;`);
    this.addSql(`grant select, insert, update on "grief_follow_up" to bridgeway_app;`);
    this.addSql(`grant select, insert, update on "planned_contact" to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "planned_contact" drop constraint "planned_contact_tenant_id_follow_up_id_foreign";`);

    this.addSql(`drop table if exists "helpline_contact" cascade;`);
    this.addSql(`drop table if exists "grief_follow_up" cascade;`);
    this.addSql(`drop table if exists "planned_contact" cascade;`);

    this.addSql(`alter table "programme" drop constraint "programme_schedule_complete";`);
    this.addSql(`alter table "programme" add constraint "programme_schedule_complete" check (((schedule_interval_weeks IS NULL) AND (schedule_weekday IS NULL) AND (schedule_start_time IS NULL) AND (schedule_end_time IS NULL)) OR (((schedule_interval_weeks >= 1) AND (schedule_interval_weeks <= 4)) AND ((schedule_weekday >= 1) AND (schedule_weekday <= 7)) AND (schedule_start_time IS NOT NULL) AND (schedule_end_time > schedule_start_time)));`);

    this.addSql(`drop type "contact_channel";`);
    this.addSql(`drop type "caller_kind";`);
    this.addSql(`drop type "helpline_topic";`);
    this.addSql(`drop type "contact_outcome";`);
    this.addSql(`drop type "follow_up_status";`);
    this.addSql(`drop type "planned_contact_status";`);
  }

}
