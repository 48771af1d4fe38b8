import { Migration } from '@mikro-orm/migrations';

/**
 * Written by hand. The audit trail stays append-only, but erasure (art. 17) may clear what a row's
 * details say about the person's circumstances (a consent decision, a participation status): the
 * application role may UPDATE `details` alone, and the erase_only trigger
 * (Migration20261202104000_erase_only_updates) lets an update only set those keys to null. Who
 * did what to which record, and when, is never rewritten.
 */
export class Migration20261202104300_audit_event_erasure extends Migration {
  override name = 'Migration20261202104300_audit_event_erasure';

  override up(): void {
    this.addSql(`create trigger audit_event_erase_only before update on "audit_event" for each row
      execute function erase_only('details', 'keys:consortiumConsent,decidedOn,status');`);
    this.addSql(`grant update ("details") on "audit_event" to bridgeway_app;`);
  }

  override down(): void {
    this.addSql(`revoke update ("details") on "audit_event" from bridgeway_app;`);
    this.addSql(`drop trigger audit_event_erase_only on "audit_event";`);
  }
}
