import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224527_material_support extends Migration {

  override name = 'Migration20261201224527_material_support';

  override up(): void | Promise<void> {
    this.addSql(`create type "handout_kind" as enum ('FOOD_PARCEL', 'CLOTHING', 'TRANSPORT', 'OTHER');`);
    this.addSql(`create table "handout" ("tenant_id" uuid not null, "id" uuid not null, "handed_out_on" date not null, "kind" "handout_kind" not null, "quantity" int not null, "resident_id" uuid null, "relative_id" uuid null, "anonymous_recipients" int null, "department_id" uuid null, "note" text null, "recorded_by_id" uuid not null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "handout_by_relative" on "handout" ("tenant_id", "relative_id") where "relative_id" is not null;`);
    this.addSql(`create index "handout_by_resident" on "handout" ("tenant_id", "resident_id") where "resident_id" is not null;`);
    this.addSql(`create index "handout_tenant_id_handed_out_on_index" on "handout" ("tenant_id", "handed_out_on") include ("kind", "quantity", "department_id");`);

    this.addSql(`alter table "programme" drop constraint "programme_schedule_complete";`);
    this.addSql(`alter table "programme" add constraint "programme_schedule_complete" check ((schedule_interval_weeks is null and schedule_weekday is null and schedule_start_time is null and schedule_end_time is null) or (schedule_interval_weeks between 1 and 4 and schedule_weekday between 1 and 7 and schedule_start_time is not null and schedule_end_time > schedule_start_time));`);

    this.addSql(`alter table "handout" add constraint "handout_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "handout" add constraint "handout_tenant_id_resident_id_foreign" foreign key ("tenant_id", "resident_id") references "resident" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "handout" add constraint "handout_tenant_id_relative_id_foreign" foreign key ("tenant_id", "relative_id") references "relative" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "handout" add constraint "handout_tenant_id_department_id_foreign" foreign key ("tenant_id", "department_id") references "department" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "handout" add constraint "handout_tenant_id_recorded_by_id_foreign" foreign key ("tenant_id", "recorded_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "handout" add constraint "handout_anonymous_range" check (anonymous_recipients is null or (anonymous_recipients >= 1 and anonymous_recipients <= 10000));`);
    this.addSql(`alter table "handout" add constraint "handout_quantity_range" check (quantity >= 1 and quantity <= 10000);`);
    this.addSql(`alter table "handout" add constraint "handout_recipient" check (num_nonnulls(resident_id, relative_id, anonymous_recipients) = 1);`);
    this.addSql(`alter table "handout" enable row level security;`);
    this.addSql(`alter table "handout" force row level security;`);
    this.addSql(`create policy "handout_tenant_isolation" on "handout" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`grant select, insert, update on "handout" to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "handout" cascade;`);

    this.addSql(`alter table "programme" drop constraint "programme_schedule_complete";`);
    this.addSql(`alter table "programme" add constraint "programme_schedule_complete" check (((schedule_interval_weeks IS NULL) AND (schedule_weekday IS NULL) AND (schedule_start_time IS NULL) AND (schedule_end_time IS NULL)) OR (((schedule_interval_weeks >= 1) AND (schedule_interval_weeks <= 4)) AND ((schedule_weekday >= 1) AND (schedule_weekday <= 7)) AND (schedule_start_time IS NOT NULL) AND (schedule_end_time > schedule_start_time)));`);

    this.addSql(`drop type "handout_kind";`);
  }

}
