import { Migration } from '@mikro-orm/migrations';

export class Migration20261123003751_foundation extends Migration {

  override name = 'Migration20261123003751_foundation';

  override up(): void | Promise<void> {
    this.addSql(`create type "staff_role" as enum ('CONSORTIUM_COORDINATOR', 'MANAGER', 'COUNSELLOR', 'GROUP_LEADER');`);
    this.addSql(`create table "tenant" ("id" uuid not null, "slug" text not null, "name" text not null, "country" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`comment on table "tenant" is 'platform: the list of tenants (partner organisations)';`);
    this.addSql(`alter table "tenant" add constraint "tenant_slug_unique" unique ("slug");`);

    this.addSql(`create table "user_account" ("tenant_id" uuid not null, "id" uuid not null, "email" text not null, "display_name" text not null, "role" "staff_role" not null, "password_hash" text not null, "failed_login_count" int not null default 0, "locked_until" timestamptz null, "disabled_at" timestamptz null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "user_account_email_index" on "user_account" ("email");`);
    this.addSql(`alter table "user_account" add constraint "user_account_tenant_id_email_unique" unique ("tenant_id", "email");`);

    this.addSql(`create table "refresh_token" ("tenant_id" uuid not null, "id" uuid not null, "user_id" uuid not null, "family_id" uuid not null, "secret_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "refresh_token_tenant_id_family_id_index" on "refresh_token" ("tenant_id", "family_id");`);

    this.addSql(`alter table "user_account" add constraint "user_account_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "user_account" enable row level security;`);
    this.addSql(`alter table "user_account" force row level security;`);
    this.addSql(`create policy "user_account_tenant_isolation" on "user_account" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`create policy "user_account_login_lookup" on "user_account" for select using (email = nullif(current_setting('app.login_email', true), ''));`);

    this.addSql(`alter table "refresh_token" add constraint "refresh_token_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_tenant_id_user_id_foreign" foreign key ("tenant_id", "user_id") references "user_account" ("tenant_id", "id") on update no action on delete cascade;`);
    this.addSql(`alter table "refresh_token" enable row level security;`);
    this.addSql(`alter table "refresh_token" force row level security;`);
    this.addSql(`create policy "refresh_token_tenant_isolation" on "refresh_token" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    // The application role gets only what the API needs (see docs/adr/0001-tenancy-and-rls.md).
    this.addSql(`revoke all on schema public from public;`);
    this.addSql(`grant usage on schema public to bridgeway_app;`);
    this.addSql(`grant select on "tenant" to bridgeway_app;`);
    this.addSql(`grant select, insert, update on "user_account" to bridgeway_app;`);
    this.addSql(`grant select, insert, update, delete on "refresh_token" to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "user_account" drop constraint "user_account_tenant_id_foreign";`);
    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_tenant_id_foreign";`);
    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_tenant_id_user_id_foreign";`);

    this.addSql(`drop table if exists "tenant" cascade;`);
    this.addSql(`drop table if exists "user_account" cascade;`);
    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop type "staff_role";`);
  }

}
