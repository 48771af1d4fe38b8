import { Migration } from '@mikro-orm/migrations';

/**
 * Written by hand. Since withdrawn sessions stop counting (`withdrawn_at is null` in the minutes
 * loader, the counselling totals and tenant_metrics_periods), the two covering indexes of
 * Migration20261201184127_manager_figure_indexes no longer covered those queries: EXPLAIN showed
 * index scans with a heap fetch per session (the counselling totals of the largest bench tenant's
 * year: 12,215 buffers). With withdrawn_at included they are index-only scans again. INCLUDE, not
 * a partial index: the session list (withdrawn sessions shown) reads the resident index too.
 * Same names, so the entity's @Index declarations match. Indexes need no grants.
 */
export class Migration20261202052000_withdrawn_session_indexes extends Migration {
  override name = 'Migration20261202052000_withdrawn_session_indexes';

  override up(): void {
    this.addSql(`drop index "counselling_session_tenant_id_occurred_on_index";`);
    this.addSql(`drop index "counselling_session_tenant_id_resident_id_occurred_on_index";`);
    this.addSql(`create index "counselling_session_tenant_id_occurred_on_index" on "counselling_session" ("tenant_id", "occurred_on") include ("counsellor_id", "resident_id", "duration_minutes", "kind", "withdrawn_at");`);
    this.addSql(`create index "counselling_session_tenant_id_resident_id_occurred_on_index" on "counselling_session" ("tenant_id", "resident_id", "occurred_on") include ("duration_minutes", "withdrawn_at");`);
  }

  override down(): void {
    this.addSql(`drop index "counselling_session_tenant_id_occurred_on_index";`);
    this.addSql(`drop index "counselling_session_tenant_id_resident_id_occurred_on_index";`);
    this.addSql(`create index "counselling_session_tenant_id_occurred_on_index" on "counselling_session" ("tenant_id", "occurred_on") include ("counsellor_id", "resident_id", "duration_minutes", "kind");`);
    this.addSql(`create index "counselling_session_tenant_id_resident_id_occurred_on_index" on "counselling_session" ("tenant_id", "resident_id", "occurred_on") include ("duration_minutes");`);
  }
}
