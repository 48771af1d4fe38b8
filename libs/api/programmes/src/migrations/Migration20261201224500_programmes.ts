import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224500_programmes extends Migration {

  override name = 'Migration20261201224500_programmes';

  override up(): void | Promise<void> {
    this.addSql(`create type "programme_kind" as enum ('SUPPORT_GROUP', 'ACTIVITY', 'COURSE', 'DIGITAL_MEETING_PLACE', 'SEMINAR', 'CAFE');`);
    this.addSql(`create type "programme_audience" as enum ('RESIDENTS', 'RELATIVES', 'YOUNG_RELATIVES', 'VOLUNTEERS', 'STAFF', 'OPEN');`);
    this.addSql(`create type "meeting_mode" as enum ('IN_PERSON', 'VIDEO');`);
    this.addSql(`create type "programme_status" as enum ('ACTIVE', 'PAUSED', 'ENDED');`);
    this.addSql(`create type "member_kind" as enum ('VOLUNTEER', 'MEMBER');`);
    this.addSql(`create type "enrolment_status" as enum ('ENROLLED', 'COMPLETED', 'DID_NOT_COMPLETE');`);
    this.addSql(`create type "meeting_status" as enum ('SCHEDULED', 'HELD', 'CANCELLED');`);
    this.addSql(`create table "programme" ("tenant_id" uuid not null, "id" uuid not null, "name" text not null, "kind" "programme_kind" not null, "audience" "programme_audience" not null, "mode" "meeting_mode" not null, "place" text null, "meeting_link" text null, "description" text null, "department_id" uuid null, "goal_domains" "goal_domain"[] not null default '{}', "status" "programme_status" not null default 'ACTIVE', "starts_on" date not null, "ends_on" date null, "schedule_interval_weeks" smallint null, "schedule_weekday" smallint null, "schedule_start_time" time(0) null, "schedule_end_time" time(0) null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "programme_tenant_id_department_id_index" on "programme" ("tenant_id", "department_id");`);

    this.addSql(`create table "member" ("tenant_id" uuid not null, "id" uuid not null, "first_name" text not null, "last_name" text not null, "kind" "member_kind" not null, "phone" text null, "email" text null, "department_id" uuid null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);

    this.addSql(`create table "enrolment" ("tenant_id" uuid not null, "id" uuid not null, "programme_id" uuid not null, "resident_id" uuid null, "relative_id" uuid null, "member_id" uuid null, "enrolled_on" date not null, "status" "enrolment_status" not null default 'ENROLLED', "completed_on" date null, "hours" numeric(6,1) null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create unique index "enrolment_member_unique" on "enrolment" ("tenant_id", "programme_id", "member_id") where "member_id" is not null;`);
    this.addSql(`create unique index "enrolment_relative_unique" on "enrolment" ("tenant_id", "programme_id", "relative_id") where "relative_id" is not null;`);
    this.addSql(`create unique index "enrolment_resident_unique" on "enrolment" ("tenant_id", "programme_id", "resident_id") where "resident_id" is not null;`);

    this.addSql(`create table "programme_leader" ("tenant_id" uuid not null, "id" uuid not null, "programme_id" uuid not null, "user_id" uuid null, "member_id" uuid null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "programme_leader_tenant_id_user_id_index" on "programme_leader" ("tenant_id", "user_id");`);
    this.addSql(`create unique index "programme_leader_member_unique" on "programme_leader" ("tenant_id", "programme_id", "member_id") where "member_id" is not null;`);
    this.addSql(`create unique index "programme_leader_user_unique" on "programme_leader" ("tenant_id", "programme_id", "user_id") where "user_id" is not null;`);

    this.addSql(`create table "meeting" ("tenant_id" uuid not null, "id" uuid not null, "programme_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "scheduled_for" timestamptz null, "status" "meeting_status" not null default 'SCHEDULED', "cancel_reason" text null, "place" text null, "guest_count" int not null default 0, "note" text null, "attendance_taken_at" timestamptz null, "attendance_taken_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "meeting_tenant_id_starts_at_index" on "meeting" ("tenant_id", "starts_at") include ("programme_id", "status", "ends_at", "guest_count");`);
    this.addSql(`create index "meeting_tenant_id_programme_id_starts_at_index" on "meeting" ("tenant_id", "programme_id", "starts_at");`);
    this.addSql(`create unique index "meeting_slot_unique" on "meeting" ("tenant_id", "programme_id", "scheduled_for") where "scheduled_for" is not null;`);

    this.addSql(`create table "attendance" ("tenant_id" uuid not null, "id" uuid not null, "meeting_id" uuid not null, "resident_id" uuid null, "relative_id" uuid null, "member_id" uuid null, "present" boolean not null default true, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "attendance_by_relative" on "attendance" ("tenant_id", "relative_id") where "relative_id" is not null;`);
    this.addSql(`create index "attendance_by_resident" on "attendance" ("tenant_id", "resident_id") where "resident_id" is not null;`);
    this.addSql(`create unique index "attendance_member_unique" on "attendance" ("tenant_id", "meeting_id", "member_id") where "member_id" is not null;`);
    this.addSql(`create unique index "attendance_relative_unique" on "attendance" ("tenant_id", "meeting_id", "relative_id") where "relative_id" is not null;`);
    this.addSql(`create unique index "attendance_resident_unique" on "attendance" ("tenant_id", "meeting_id", "resident_id") where "resident_id" is not null;`);

    this.addSql(`alter table "programme" add constraint "programme_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "programme" add constraint "programme_tenant_id_department_id_foreign" foreign key ("tenant_id", "department_id") references "department" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "programme" add constraint "programme_schedule_complete" check (((schedule_interval_weeks IS NULL) AND (schedule_weekday IS NULL) AND (schedule_start_time IS NULL) AND (schedule_end_time IS NULL)) OR (((schedule_interval_weeks >= 1) AND (schedule_interval_weeks <= 4)) AND ((schedule_weekday >= 1) AND (schedule_weekday <= 7)) AND (schedule_start_time IS NOT NULL) AND (schedule_end_time > schedule_start_time)));`);
    this.addSql(`alter table "programme" add constraint "programme_ends_after_start" check (ends_on is null or ends_on >= starts_on);`);
    this.addSql(`alter table "programme" add constraint "programme_video_has_link" check (mode <> 'VIDEO' or meeting_link is not null);`);
    this.addSql(`alter table "programme" enable row level security;`);
    this.addSql(`alter table "programme" force row level security;`);
    this.addSql(`create policy "programme_tenant_isolation" on "programme" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "member" add constraint "member_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "member" add constraint "member_tenant_id_department_id_foreign" foreign key ("tenant_id", "department_id") references "department" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "member" enable row level security;`);
    this.addSql(`alter table "member" force row level security;`);
    this.addSql(`create policy "member_tenant_isolation" on "member" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "enrolment" add constraint "enrolment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_tenant_id_programme_id_foreign" foreign key ("tenant_id", "programme_id") references "programme" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_tenant_id_resident_id_foreign" foreign key ("tenant_id", "resident_id") references "resident" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_tenant_id_relative_id_foreign" foreign key ("tenant_id", "relative_id") references "relative" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_tenant_id_member_id_foreign" foreign key ("tenant_id", "member_id") references "member" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_hours_range" check (hours is null or (hours >= 0 and hours <= 1000));`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_completion_date" check ((status = 'ENROLLED') = (completed_on is null));`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_one_participant" check (num_nonnulls(resident_id, relative_id, member_id) = 1);`);
    this.addSql(`alter table "enrolment" enable row level security;`);
    this.addSql(`alter table "enrolment" force row level security;`);
    this.addSql(`create policy "enrolment_tenant_isolation" on "enrolment" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "programme_leader" add constraint "programme_leader_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "programme_leader" add constraint "programme_leader_tenant_id_programme_id_foreign" foreign key ("tenant_id", "programme_id") references "programme" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "programme_leader" add constraint "programme_leader_tenant_id_user_id_foreign" foreign key ("tenant_id", "user_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "programme_leader" add constraint "programme_leader_tenant_id_member_id_foreign" foreign key ("tenant_id", "member_id") references "member" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "programme_leader" add constraint "programme_leader_one_person" check (num_nonnulls(user_id, member_id) = 1);`);
    this.addSql(`alter table "programme_leader" enable row level security;`);
    this.addSql(`alter table "programme_leader" force row level security;`);
    this.addSql(`create policy "programme_leader_tenant_isolation" on "programme_leader" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "meeting" add constraint "meeting_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "meeting" add constraint "meeting_tenant_id_programme_id_foreign" foreign key ("tenant_id", "programme_id") references "programme" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "meeting" add constraint "meeting_tenant_id_attendance_taken_by_id_foreign" foreign key ("tenant_id", "attendance_taken_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "meeting" add constraint "meeting_cancel_reason" check (status <> 'CANCELLED' or cancel_reason is not null);`);
    this.addSql(`alter table "meeting" add constraint "meeting_guest_count_range" check (guest_count >= 0 and guest_count <= 10000);`);
    this.addSql(`alter table "meeting" add constraint "meeting_ends_after_start" check (ends_at > starts_at);`);
    this.addSql(`alter table "meeting" enable row level security;`);
    this.addSql(`alter table "meeting" force row level security;`);
    this.addSql(`create policy "meeting_tenant_isolation" on "meeting" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "attendance" add constraint "attendance_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "attendance" add constraint "attendance_tenant_id_meeting_id_foreign" foreign key ("tenant_id", "meeting_id") references "meeting" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "attendance" add constraint "attendance_tenant_id_resident_id_foreign" foreign key ("tenant_id", "resident_id") references "resident" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "attendance" add constraint "attendance_tenant_id_relative_id_foreign" foreign key ("tenant_id", "relative_id") references "relative" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "attendance" add constraint "attendance_tenant_id_member_id_foreign" foreign key ("tenant_id", "member_id") references "member" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "attendance" add constraint "attendance_tenant_id_recorded_by_id_foreign" foreign key ("tenant_id", "recorded_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "attendance" add constraint "attendance_one_participant" check (num_nonnulls(resident_id, relative_id, member_id) = 1);`);
    this.addSql(`alter table "attendance" enable row level security;`);
    this.addSql(`alter table "attendance" force row level security;`);
    this.addSql(`create policy "attendance_tenant_isolation" on "attendance" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`grant select, insert, update on "programme" to bridgeway_app;`);
    this.addSql(`grant select, insert, update on "member" to bridgeway_app;`);
    this.addSql(`grant select, insert, update on "enrolment" to bridgeway_app;`);
    this.addSql(`grant select, insert, delete on "programme_leader" to bridgeway_app;`);
    this.addSql(`grant select, insert, update on "meeting" to bridgeway_app;`);
    this.addSql(`grant select, insert, update on "attendance" to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "enrolment" drop constraint "enrolment_tenant_id_programme_id_foreign";`);
    this.addSql(`alter table "programme_leader" drop constraint "programme_leader_tenant_id_programme_id_foreign";`);
    this.addSql(`alter table "meeting" drop constraint "meeting_tenant_id_programme_id_foreign";`);
    this.addSql(`alter table "enrolment" drop constraint "enrolment_tenant_id_member_id_foreign";`);
    this.addSql(`alter table "programme_leader" drop constraint "programme_leader_tenant_id_member_id_foreign";`);
    this.addSql(`alter table "attendance" drop constraint "attendance_tenant_id_member_id_foreign";`);
    this.addSql(`alter table "attendance" drop constraint "attendance_tenant_id_meeting_id_foreign";`);

    this.addSql(`drop table if exists "programme" cascade;`);
    this.addSql(`drop table if exists "member" cascade;`);
    this.addSql(`drop table if exists "enrolment" cascade;`);
    this.addSql(`drop table if exists "programme_leader" cascade;`);
    this.addSql(`drop table if exists "meeting" cascade;`);
    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop type "programme_kind";`);
    this.addSql(`drop type "programme_audience";`);
    this.addSql(`drop type "meeting_mode";`);
    this.addSql(`drop type "programme_status";`);
    this.addSql(`drop type "member_kind";`);
    this.addSql(`drop type "enrolment_status";`);
    this.addSql(`drop type "meeting_status";`);
  }

}
