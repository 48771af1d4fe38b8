import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224450_departments extends Migration {

  override name = 'Migration20261201224450_departments';

  override up(): void | Promise<void> {
    this.addSql(`alter table "tenant" add "time_zone" text not null default 'Europe/Oslo';`);
    this.addSql(`update "tenant" set "time_zone" = 'Europe/Ljubljana' where "country" = 'SI';`);
    this.addSql(`create type "department_status" as enum ('ACTIVE', 'PAUSED', 'CLOSED');`);
    this.addSql(`create table "department" ("tenant_id" uuid not null, "id" uuid not null, "name" text not null, "place" text null, "status" "department_status" not null default 'ACTIVE', "status_since" date null, "status_reason" text null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`alter table "department" add constraint "department_tenant_id_name_unique" unique ("tenant_id", "name");`);

    this.addSql(`alter table "residence" add "department_id" uuid null;`);
    this.addSql(`alter table "residence" add constraint "residence_tenant_id_department_id_foreign" foreign key ("tenant_id", "department_id") references "department" ("tenant_id", "id") on update no action on delete no action;`);

    this.addSql(`alter table "user_account" add "department_id" uuid null;`);
    this.addSql(`alter table "user_account" add constraint "user_account_tenant_id_department_id_foreign" foreign key ("tenant_id", "department_id") references "department" ("tenant_id", "id") on update no action on delete no action;`);

    this.addSql(`alter table "department" add constraint "department_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "department" add constraint "department_paused_reason" check (status <> 'PAUSED' or status_reason is not null);`);
    this.addSql(`alter table "department" add constraint "department_status_since" check ((status = 'ACTIVE') = (status_since is null));`);
    this.addSql(`alter table "department" enable row level security;`);
    this.addSql(`alter table "department" force row level security;`);
    this.addSql(`create policy "department_tenant_isolation" on "department" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`grant select, insert, update on "department" to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "residence" drop constraint "residence_tenant_id_department_id_foreign";`);
    this.addSql(`alter table "user_account" drop constraint "user_account_tenant_id_department_id_foreign";`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`alter table "residence" drop column "department_id";`);

    this.addSql(`alter table "user_account" drop column "department_id";`);

    this.addSql(`drop type "department_status";`);
    this.addSql(`alter table "tenant" drop column "time_zone";`);
  }

}
