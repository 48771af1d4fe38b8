import { Migration } from '@mikro-orm/migrations';

export class Migration20261202051139_mfa extends Migration {

  override name = 'Migration20261202051139_mfa';

  override up(): void | Promise<void> {
    this.addSql(`create table "organisation_mfa_policy" ("tenant_id" uuid not null, "id" uuid not null, "policy" text not null, "updated_by_id" uuid null, "updated_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`alter table "organisation_mfa_policy" add constraint "organisation_mfa_policy_tenant_id_unique" unique ("tenant_id");`);

    this.addSql(`create table "mfa_recovery_code" ("tenant_id" uuid not null, "id" uuid not null, "user_id" uuid not null, "code_hash" text not null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "mfa_recovery_code_tenant_id_user_id_index" on "mfa_recovery_code" ("tenant_id", "user_id");`);

    this.addSql(`create table "mfa_credential" ("tenant_id" uuid not null, "id" uuid not null, "user_id" uuid not null, "secret_ciphertext" text not null, "confirmed_at" timestamptz null, "last_used_step" bigint null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`alter table "mfa_credential" add constraint "mfa_credential_tenant_id_user_id_unique" unique ("tenant_id", "user_id");`);

    this.addSql(`alter table "organisation_mfa_policy" add constraint "organisation_mfa_policy_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "organisation_mfa_policy" add constraint "organisation_mfa_policy_policy_check" check ("policy" in ('PRIVILEGED', 'EVERYONE', 'NOT_ENFORCED'));`);
    this.addSql(`alter table "organisation_mfa_policy" enable row level security;`);
    this.addSql(`alter table "organisation_mfa_policy" force row level security;`);
    this.addSql(`create policy "organisation_mfa_policy_tenant_isolation" on "organisation_mfa_policy" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "mfa_recovery_code" add constraint "mfa_recovery_code_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "mfa_recovery_code" add constraint "mfa_recovery_code_tenant_id_user_id_foreign" foreign key ("tenant_id", "user_id") references "user_account" ("tenant_id", "id") on update no action on delete cascade;`);
    this.addSql(`alter table "mfa_recovery_code" enable row level security;`);
    this.addSql(`alter table "mfa_recovery_code" force row level security;`);
    this.addSql(`create policy "mfa_recovery_code_tenant_isolation" on "mfa_recovery_code" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "mfa_credential" add constraint "mfa_credential_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "mfa_credential" add constraint "mfa_credential_tenant_id_user_id_foreign" foreign key ("tenant_id", "user_id") references "user_account" ("tenant_id", "id") on update no action on delete cascade;`);
    this.addSql(`alter table "mfa_credential" enable row level security;`);
    this.addSql(`alter table "mfa_credential" force row level security;`);
    this.addSql(`create policy "mfa_credential_tenant_isolation" on "mfa_credential" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`grant select, insert, update on "organisation_mfa_policy" to bridgeway_app;`);
    this.addSql(`grant select, insert, update, delete on "mfa_recovery_code" to bridgeway_app;`);
    this.addSql(`grant select, insert, update, delete on "mfa_credential" to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "organisation_mfa_policy" cascade;`);
    this.addSql(`drop table if exists "mfa_recovery_code" cascade;`);
    this.addSql(`drop table if exists "mfa_credential" cascade;`);
  }

}
