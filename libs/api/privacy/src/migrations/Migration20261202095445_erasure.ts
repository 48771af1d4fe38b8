import { Migration } from '@mikro-orm/migrations';

export class Migration20261202095445_erasure extends Migration {

  override name = 'Migration20261202095445_erasure';

  override up(): void | Promise<void> {
    this.addSql(`create table "retention_policy" ("tenant_id" uuid not null, "id" uuid not null, "months" int not null, "legal_basis" text null, "updated_by_id" uuid null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`);
    this.addSql(`alter table "retention_policy" add constraint "retention_policy_tenant_id_unique" unique ("tenant_id");`);

    this.addSql(`create table "erasure_request" ("tenant_id" uuid not null, "id" uuid not null, "subject_kind" text not null, "subject_id" uuid not null, "received_on" date not null, "channel" text not null, "staff_note" text null, "status" text not null default 'PENDING', "refusal_reason" text null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, "decided_by_id" uuid null, "decided_at" timestamptz null, "erased_rows" int null, "version" int not null default 1, primary key ("tenant_id", "id"));`);
    this.addSql(`create unique index "erasure_request_one_pending_index" on "erasure_request" ("tenant_id", "subject_kind", "subject_id") where "status" = 'PENDING';`);
    this.addSql(`create index "erasure_request_tenant_id_subject_id_index" on "erasure_request" ("tenant_id", "subject_id");`);
    this.addSql(`create index "erasure_request_tenant_id_status_received_on_index" on "erasure_request" ("tenant_id", "status", "received_on");`);

    this.addSql(`alter table "retention_policy" add constraint "retention_policy_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "retention_policy" enable row level security;`);
    this.addSql(`alter table "retention_policy" force row level security;`);
    this.addSql(`create policy "retention_policy_tenant_isolation" on "retention_policy" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "erasure_request" add constraint "erasure_request_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_tenant_id_recorded_by_id_foreign" foreign key ("tenant_id", "recorded_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_tenant_id_decided_by_id_foreign" foreign key ("tenant_id", "decided_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_subject_kind_check" check ("subject_kind" in ('RESIDENT', 'RELATIVE', 'MEMBER'));`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_channel_check" check ("channel" in ('IN_PERSON', 'LETTER', 'EMAIL', 'PHONE', 'OTHER'));`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_status_check" check ("status" in ('PENDING', 'CARRIED_OUT', 'REFUSED'));`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_refusal_reason_check" check ("refusal_reason" in ('LEGAL_RETENTION', 'LEGAL_CLAIMS', 'IDENTITY_NOT_CONFIRMED', 'MANIFESTLY_UNFOUNDED', 'WITHDRAWN'));`);
    this.addSql(`alter table "erasure_request" enable row level security;`);
    this.addSql(`alter table "erasure_request" force row level security;`);
    this.addSql(`create policy "erasure_request_tenant_isolation" on "erasure_request" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`grant select, insert, update on "retention_policy" to bridgeway_app;`);
    this.addSql(`grant select, insert, update on "erasure_request" to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "retention_policy" cascade;`);
    this.addSql(`drop table if exists "erasure_request" cascade;`);
  }

}
