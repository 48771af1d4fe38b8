import { Migration } from '@mikro-orm/migrations';

/**
 * Covering indexes for the aggregates (issue 8), so they run as index-only scans instead of
 * reading the heap: minutes per resident (all or in a range), counselling totals of a period,
 * occupancy over time (only the stays open during the period). Every index leads with
 * tenant_id. Indexes need no grants.
 */
export class Migration20261201184127_manager_figure_indexes extends Migration {

  override name = 'Migration20261201184127_manager_figure_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "stay_tenant_id_discharged_on_index" on "stay" ("tenant_id", "discharged_on") include ("admitted_on");`);

    this.addSql(`drop index "counselling_session_tenant_id_occurred_on_index";`);
    this.addSql(`drop index "counselling_session_tenant_id_resident_id_occurred_on_index";`);
    this.addSql(`create index "counselling_session_tenant_id_occurred_on_index" on "counselling_session" ("tenant_id", "occurred_on") include ("counsellor_id", "resident_id", "duration_minutes", "kind");`);
    this.addSql(`create index "counselling_session_tenant_id_resident_id_occurred_on_index" on "counselling_session" ("tenant_id", "resident_id", "occurred_on") include ("duration_minutes");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "counselling_session_tenant_id_occurred_on_index";`);
    this.addSql(`drop index "counselling_session_tenant_id_resident_id_occurred_on_index";`);
    this.addSql(`create index "counselling_session_tenant_id_occurred_on_index" on "counselling_session" ("tenant_id", "occurred_on");`);
    this.addSql(`create index "counselling_session_tenant_id_resident_id_occurred_on_index" on "counselling_session" ("tenant_id", "resident_id", "occurred_on");`);

    this.addSql(`drop index "stay_tenant_id_discharged_on_index";`);
  }

}
