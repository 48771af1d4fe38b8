import { Migration } from '@mikro-orm/migrations';

/**
 * Written by hand. A session's revisions stay append-only, but erasure (art. 17) may clear what
 * they hold about the person: the free-text reason (replaced, it is NOT NULL) and the notes in the
 * snapshot of the session's previous values. The application role may UPDATE those two columns
 * alone, and the erase_only trigger (Migration20261202104000_erase_only_updates) lets an update
 * only write their erased values: the change, who made it, when, and the snapshot's date,
 * minutes, kind and domains are never rewritten.
 */
export class Migration20261202104200_session_revision_erasure extends Migration {
  override name = 'Migration20261202104200_session_revision_erasure';

  override up(): void {
    this.addSql(`create trigger counselling_session_revision_erase_only before update on "counselling_session_revision" for each row
      execute function erase_only('reason', 'replace:Anonymised', 'previous', 'keys:notes,hopes,resources,usefulExperience,nextStep');`);
    this.addSql(`grant update ("reason", "previous") on "counselling_session_revision" to bridgeway_app;`);
  }

  override down(): void {
    this.addSql(`revoke update ("reason", "previous") on "counselling_session_revision" from bridgeway_app;`);
    this.addSql(`drop trigger counselling_session_revision_erase_only on "counselling_session_revision";`);
  }
}
