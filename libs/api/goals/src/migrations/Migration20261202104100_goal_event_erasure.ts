import { Migration } from '@mikro-orm/migrations';

/**
 * Written by hand. A goal's history stays append-only, but erasure (art. 17) may clear the
 * free-text note of its events: the application role may UPDATE that column alone, and the
 * erase_only trigger (Migration20261202104000_erase_only_updates) lets an update only set it to
 * null. Statuses, progress and times are never rewritten (goals by domain count from them).
 */
export class Migration20261202104100_goal_event_erasure extends Migration {
  override name = 'Migration20261202104100_goal_event_erasure';

  override up(): void {
    this.addSql(`create trigger goal_event_erase_only before update on "goal_event" for each row execute function erase_only('note', 'null');`);
    this.addSql(`grant update ("note") on "goal_event" to bridgeway_app;`);
  }

  override down(): void {
    this.addSql(`revoke update ("note") on "goal_event" from bridgeway_app;`);
    this.addSql(`drop trigger goal_event_erase_only on "goal_event";`);
  }
}
