import { Migration } from '@mikro-orm/migrations';

export class Migration20261123004502_case_file extends Migration {

  override name = 'Migration20261123004502_case_file';

  override up(): void | Promise<void> {
    // Trigram index support for resident name search (a trusted extension since PostgreSQL 13).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create type "resident_status" as enum ('IN_RESIDENCE', 'FOLLOW_UP', 'CLOSED');`);
    this.addSql(`create type "discharge_reason" as enum ('COMPLETED', 'MOVED_ON', 'RELAPSE', 'LEFT_WITHOUT_NOTICE', 'OTHER');`);
    this.addSql(`create type "relationship" as enum ('PARENT', 'PARTNER', 'CHILD', 'SIBLING', 'OTHER_FAMILY', 'FRIEND', 'OTHER');`);
    this.addSql(`create type "goal_domain" as enum ('WORK', 'FINANCES', 'FAMILY', 'DAILY_ROUTINE', 'LIVING_SKILLS', 'SOCIAL_NETWORK', 'HEALTH', 'SOBRIETY', 'HOUSING', 'EDUCATION');`);
    this.addSql(`create type "goal_status" as enum ('PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'ABANDONED');`);
    this.addSql(`create type "session_kind" as enum ('INDIVIDUAL', 'FAMILY', 'GROUP', 'PHONE', 'VIDEO');`);
    this.addSql(`create table "assessment_instrument" ("code" text not null, "name" text not null, "description" text null, "items" jsonb not null, "item_min" int not null, "item_max" int not null, primary key ("code"));`);
    this.addSql(`comment on table "assessment_instrument" is 'reference: outcome instruments (items and scales) shared by all tenants';`);

    this.addSql(`create table "residence" ("tenant_id" uuid not null, "id" uuid not null, "name" text not null, "address" text null, "opened_on" date null, "closed_on" date null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);

    this.addSql(`create table "relative" ("tenant_id" uuid not null, "id" uuid not null, "first_name" text not null, "last_name" text not null, "phone" text null, "email" text null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);

    this.addSql(`create table "bed" ("tenant_id" uuid not null, "id" uuid not null, "residence_id" uuid not null, "room" text not null, "label" text not null, "retired_on" date null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`alter table "bed" add constraint "bed_tenant_id_residence_id_room_label_unique" unique ("tenant_id", "residence_id", "room", "label");`);

    this.addSql(`create table "audit_event" ("tenant_id" uuid not null, "id" uuid not null, "user_id" uuid not null, "action" text not null, "entity_type" text not null, "entity_id" text not null, "resident_id" uuid null, "occurred_at" timestamptz not null default now(), "request_id" text not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "audit_event_tenant_id_entity_type_entity_id_index" on "audit_event" ("tenant_id", "entity_type", "entity_id");`);
    this.addSql(`create index "audit_event_tenant_id_resident_id_occurred_at_index" on "audit_event" ("tenant_id", "resident_id", "occurred_at");`);

    this.addSql(`create table "resident" ("tenant_id" uuid not null, "id" uuid not null, "first_name" text not null, "last_name" text not null, "date_of_birth" date null, "phone" text null, "email" text null, "key_worker_id" uuid null, "status" "resident_status" not null default 'FOLLOW_UP', "intake_date" date not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "resident_name_trgm_index" on "resident" using gin ((lower("first_name" || ' ' || "last_name")) gin_trgm_ops);`);
    this.addSql(`create index "resident_tenant_id_key_worker_id_index" on "resident" ("tenant_id", "key_worker_id");`);

    this.addSql(`create table "stay" ("tenant_id" uuid not null, "id" uuid not null, "resident_id" uuid not null, "residence_id" uuid not null, "bed_id" uuid not null, "admitted_on" date not null, "discharged_on" date null, "discharge_reason" "discharge_reason" null, "discharge_note" text null, "admitted_by_id" uuid not null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "stay_tenant_id_residence_id_discharged_on_index" on "stay" ("tenant_id", "residence_id", "discharged_on");`);
    this.addSql(`create unique index "stay_one_open_per_bed" on "stay" ("tenant_id", "bed_id") where "discharged_on" is null;`);
    this.addSql(`create unique index "stay_one_open_per_resident" on "stay" ("tenant_id", "resident_id") where "discharged_on" is null;`);
    this.addSql(`create index "stay_tenant_id_resident_id_admitted_on_index" on "stay" ("tenant_id", "resident_id", "admitted_on");`);

    this.addSql(`create table "resident_relative" ("tenant_id" uuid not null, "id" uuid not null, "resident_id" uuid not null, "relative_id" uuid not null, "relationship" "relationship" not null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`alter table "resident_relative" add constraint "resident_relative_tenant_id_resident_id_relative_id_unique" unique ("tenant_id", "resident_id", "relative_id");`);

    this.addSql(`create table "goal" ("tenant_id" uuid not null, "id" uuid not null, "resident_id" uuid not null, "domain" "goal_domain" not null, "title" text not null, "description" text null, "target_date" date null, "status" "goal_status" not null default 'PLANNED', "progress" int not null default 0, "version" int not null default 1, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "goal_tenant_id_resident_id_index" on "goal" ("tenant_id", "resident_id");`);

    this.addSql(`create table "goal_event" ("tenant_id" uuid not null, "id" uuid not null, "goal_id" uuid not null, "changed_by_id" uuid not null, "changed_at" timestamptz not null, "from_status" "goal_status" null, "to_status" "goal_status" not null, "from_progress" int null, "to_progress" int not null, "note" text null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "goal_event_tenant_id_goal_id_changed_at_index" on "goal_event" ("tenant_id", "goal_id", "changed_at");`);

    this.addSql(`create table "counselling_session" ("tenant_id" uuid not null, "id" uuid not null, "resident_id" uuid null, "relative_id" uuid null, "counsellor_id" uuid not null, "occurred_on" date not null, "duration_minutes" int not null, "kind" "session_kind" not null, "domains" "goal_domain"[] not null default '{}', "notes" text null, "hopes" text null, "resources" text null, "useful_experience" text null, "next_step" text null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "counselling_session_tenant_id_occurred_on_index" on "counselling_session" ("tenant_id", "occurred_on");`);
    this.addSql(`create index "counselling_session_tenant_id_counsellor_id_occurred_on_index" on "counselling_session" ("tenant_id", "counsellor_id", "occurred_on");`);
    this.addSql(`create index "counselling_session_tenant_id_resident_id_occurred_on_index" on "counselling_session" ("tenant_id", "resident_id", "occurred_on");`);

    this.addSql(`create table "assessment" ("tenant_id" uuid not null, "id" uuid not null, "resident_id" uuid not null, "instrument_code" text not null, "taken_on" date not null, "scores" jsonb not null, "total" int not null, "assessed_by_id" uuid not null, "created_at" timestamptz not null, primary key ("tenant_id", "id"));`);
    this.addSql(`create index "assessment_tenant_id_resident_id_taken_on_index" on "assessment" ("tenant_id", "resident_id", "taken_on");`);

    this.addSql(`alter table "residence" add constraint "residence_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "residence" enable row level security;`);
    this.addSql(`alter table "residence" force row level security;`);
    this.addSql(`create policy "residence_tenant_isolation" on "residence" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "relative" add constraint "relative_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "relative" enable row level security;`);
    this.addSql(`alter table "relative" force row level security;`);
    this.addSql(`create policy "relative_tenant_isolation" on "relative" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "bed" add constraint "bed_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "bed" add constraint "bed_tenant_id_residence_id_foreign" foreign key ("tenant_id", "residence_id") references "residence" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "bed" enable row level security;`);
    this.addSql(`alter table "bed" force row level security;`);
    this.addSql(`create policy "bed_tenant_isolation" on "bed" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "audit_event" enable row level security;`);
    this.addSql(`alter table "audit_event" force row level security;`);
    this.addSql(`create policy "audit_event_tenant_isolation" on "audit_event" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "resident" add constraint "resident_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "resident" add constraint "resident_tenant_id_key_worker_id_foreign" foreign key ("tenant_id", "key_worker_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "resident" enable row level security;`);
    this.addSql(`alter table "resident" force row level security;`);
    this.addSql(`create policy "resident_tenant_isolation" on "resident" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "stay" add constraint "stay_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "stay" add constraint "stay_tenant_id_resident_id_foreign" foreign key ("tenant_id", "resident_id") references "resident" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "stay" add constraint "stay_tenant_id_residence_id_foreign" foreign key ("tenant_id", "residence_id") references "residence" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "stay" add constraint "stay_tenant_id_bed_id_foreign" foreign key ("tenant_id", "bed_id") references "bed" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "stay" add constraint "stay_tenant_id_admitted_by_id_foreign" foreign key ("tenant_id", "admitted_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "stay" add constraint "stay_discharge_has_reason" check ((discharged_on is null) = (discharge_reason is null));`);
    this.addSql(`alter table "stay" add constraint "stay_discharge_after_admission" check (discharged_on is null or discharged_on >= admitted_on);`);
    this.addSql(`alter table "stay" enable row level security;`);
    this.addSql(`alter table "stay" force row level security;`);
    this.addSql(`create policy "stay_tenant_isolation" on "stay" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "resident_relative" add constraint "resident_relative_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "resident_relative" add constraint "resident_relative_tenant_id_resident_id_foreign" foreign key ("tenant_id", "resident_id") references "resident" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "resident_relative" add constraint "resident_relative_tenant_id_relative_id_foreign" foreign key ("tenant_id", "relative_id") references "relative" ("tenant_id", "id") on update no action on delete cascade;`);
    this.addSql(`alter table "resident_relative" enable row level security;`);
    this.addSql(`alter table "resident_relative" force row level security;`);
    this.addSql(`create policy "resident_relative_tenant_isolation" on "resident_relative" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "goal" add constraint "goal_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "goal" add constraint "goal_tenant_id_resident_id_foreign" foreign key ("tenant_id", "resident_id") references "resident" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "goal" add constraint "goal_tenant_id_created_by_id_foreign" foreign key ("tenant_id", "created_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "goal" add constraint "goal_progress_range" check (progress between 0 and 100);`);
    this.addSql(`alter table "goal" enable row level security;`);
    this.addSql(`alter table "goal" force row level security;`);
    this.addSql(`create policy "goal_tenant_isolation" on "goal" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "goal_event" add constraint "goal_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "goal_event" add constraint "goal_event_tenant_id_goal_id_foreign" foreign key ("tenant_id", "goal_id") references "goal" ("tenant_id", "id") on update no action on delete cascade;`);
    this.addSql(`alter table "goal_event" add constraint "goal_event_tenant_id_changed_by_id_foreign" foreign key ("tenant_id", "changed_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "goal_event" enable row level security;`);
    this.addSql(`alter table "goal_event" force row level security;`);
    this.addSql(`create policy "goal_event_tenant_isolation" on "goal_event" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "counselling_session" add constraint "counselling_session_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "counselling_session" add constraint "counselling_session_tenant_id_resident_id_foreign" foreign key ("tenant_id", "resident_id") references "resident" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "counselling_session" add constraint "counselling_session_tenant_id_relative_id_foreign" foreign key ("tenant_id", "relative_id") references "relative" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "counselling_session" add constraint "counselling_session_tenant_id_counsellor_id_foreign" foreign key ("tenant_id", "counsellor_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "counselling_session" add constraint "counselling_session_has_client" check (resident_id is not null or relative_id is not null);`);
    this.addSql(`alter table "counselling_session" add constraint "counselling_session_duration_range" check (duration_minutes between 1 and 600);`);
    this.addSql(`alter table "counselling_session" enable row level security;`);
    this.addSql(`alter table "counselling_session" force row level security;`);
    this.addSql(`create policy "counselling_session_tenant_isolation" on "counselling_session" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "assessment" add constraint "assessment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update no action on delete no action;`);
    this.addSql(`alter table "assessment" add constraint "assessment_tenant_id_resident_id_foreign" foreign key ("tenant_id", "resident_id") references "resident" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "assessment" add constraint "assessment_instrument_code_foreign" foreign key ("instrument_code") references "assessment_instrument" ("code") on update no action on delete no action;`);
    this.addSql(`alter table "assessment" add constraint "assessment_tenant_id_assessed_by_id_foreign" foreign key ("tenant_id", "assessed_by_id") references "user_account" ("tenant_id", "id") on update no action on delete no action;`);
    this.addSql(`alter table "assessment" enable row level security;`);
    this.addSql(`alter table "assessment" force row level security;`);
    this.addSql(`create policy "assessment_tenant_isolation" on "assessment" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    // BARC-10 (Brief Assessment of Recovery Capital; Vilsaint et al., 2017; free to use): 10 statements scored 1-6.
    this.addSql(`insert into "assessment_instrument" ("code", "name", "description", "items", "item_min", "item_max") values ('BARC-10', 'Brief Assessment of Recovery Capital (BARC-10)', 'Ten statements scored from 1 (strongly disagree) to 6 (strongly agree); total 10-60.', '[{"key": "more_important", "text": {"en": "There are more important things to me in life than using substances.", "nb": "Det finnes viktigere ting i livet mitt enn å bruke rusmidler.", "sl": "V življenju so mi pomembnejše stvari kot uživanje substanc."}}, {"key": "happy", "text": {"en": "In general I am happy with my life.", "nb": "Stort sett er jeg fornøyd med livet mitt.", "sl": "Na splošno sem zadovoljen s svojim življenjem."}}, {"key": "energy", "text": {"en": "I have enough energy to complete the tasks I set myself.", "nb": "Jeg har nok energi til å gjøre det jeg setter meg fore.", "sl": "Imam dovolj energije, da opravim naloge, ki si jih zadam."}}, {"key": "community", "text": {"en": "I am proud of the community I live in and feel part of it.", "nb": "Jeg er stolt av lokalsamfunnet der jeg bor og føler meg som en del av det.", "sl": "Ponosen sem na skupnost, v kateri živim, in čutim, da sem njen del."}}, {"key": "friends", "text": {"en": "I get lots of support from friends.", "nb": "Jeg får mye støtte fra venner.", "sl": "Od prijateljev dobim veliko podpore."}}, {"key": "fulfilling", "text": {"en": "I regard my life as challenging and fulfilling without the need for using drugs or alcohol.", "nb": "Livet mitt er utfordrende og meningsfullt uten at jeg trenger rusmidler eller alkohol.", "sl": "Svoje življenje doživljam kot izzivalno in izpolnjujoče brez potrebe po drogah ali alkoholu."}}, {"key": "living_space", "text": {"en": "My living space has helped to drive my recovery journey.", "nb": "Der jeg bor har hjulpet meg videre i bedringsprosessen.", "sl": "Moje bivalno okolje mi je pomagalo na poti okrevanja."}}, {"key": "responsibility", "text": {"en": "I take full responsibility for my actions.", "nb": "Jeg tar fullt ansvar for handlingene mine.", "sl": "Prevzemam polno odgovornost za svoja dejanja."}}, {"key": "professionals", "text": {"en": "I am happy dealing with a range of professional people.", "nb": "Jeg har det greit med å forholde meg til ulike fagpersoner.", "sl": "Brez težav sodelujem z različnimi strokovnjaki."}}, {"key": "progress", "text": {"en": "I am making good progress on my recovery journey.", "nb": "Jeg gjør gode framskritt i bedringsprosessen min.", "sl": "Na svoji poti okrevanja dobro napredujem."}}]'::jsonb, 1, 6);`);

    // The application role gets only what the API needs; the history and audit tables are append-only.
    this.addSql(`grant select on "assessment_instrument" to bridgeway_app;`);
    this.addSql(`grant select, insert, update on "residence", "bed", "resident", "stay", "relative", "counselling_session", "goal", "assessment" to bridgeway_app;`);
    this.addSql(`grant select, insert, update, delete on "resident_relative" to bridgeway_app;`);
    this.addSql(`grant select, insert on "goal_event", "audit_event" to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assessment" drop constraint "assessment_instrument_code_foreign";`);
    this.addSql(`alter table "bed" drop constraint "bed_tenant_id_residence_id_foreign";`);
    this.addSql(`alter table "stay" drop constraint "stay_tenant_id_residence_id_foreign";`);
    this.addSql(`alter table "resident_relative" drop constraint "resident_relative_tenant_id_relative_id_foreign";`);
    this.addSql(`alter table "counselling_session" drop constraint "counselling_session_tenant_id_relative_id_foreign";`);
    this.addSql(`alter table "stay" drop constraint "stay_tenant_id_bed_id_foreign";`);
    this.addSql(`alter table "stay" drop constraint "stay_tenant_id_resident_id_foreign";`);
    this.addSql(`alter table "resident_relative" drop constraint "resident_relative_tenant_id_resident_id_foreign";`);
    this.addSql(`alter table "goal" drop constraint "goal_tenant_id_resident_id_foreign";`);
    this.addSql(`alter table "counselling_session" drop constraint "counselling_session_tenant_id_resident_id_foreign";`);
    this.addSql(`alter table "assessment" drop constraint "assessment_tenant_id_resident_id_foreign";`);
    this.addSql(`alter table "goal_event" drop constraint "goal_event_tenant_id_goal_id_foreign";`);

    this.addSql(`drop table if exists "assessment_instrument" cascade;`);
    this.addSql(`drop table if exists "residence" cascade;`);
    this.addSql(`drop table if exists "relative" cascade;`);
    this.addSql(`drop table if exists "bed" cascade;`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "resident" cascade;`);
    this.addSql(`drop table if exists "stay" cascade;`);
    this.addSql(`drop table if exists "resident_relative" cascade;`);
    this.addSql(`drop table if exists "goal" cascade;`);
    this.addSql(`drop table if exists "goal_event" cascade;`);
    this.addSql(`drop table if exists "counselling_session" cascade;`);
    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop type "resident_status";`);
    this.addSql(`drop type "discharge_reason";`);
    this.addSql(`drop type "relationship";`);
    this.addSql(`drop type "goal_domain";`);
    this.addSql(`drop type "goal_status";`);
    this.addSql(`drop type "session_kind";`);
  }

}
