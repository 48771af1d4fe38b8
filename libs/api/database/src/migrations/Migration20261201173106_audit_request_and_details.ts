import { Migration } from '@mikro-orm/migrations';

/**
 * Audit rows keep the server-made request id apart from the id a client sent, and carry
 * details for actions that need them (ASSIGN_KEY_WORKER: from, to). The application role's
 * table grants (select, insert) cover the new columns.
 */
export class Migration20261201173106_audit_request_and_details extends Migration {

  override name = 'Migration20261201173106_audit_request_and_details';

  override up(): void | Promise<void> {
    this.addSql(`alter table "audit_event" add "client_request_id" text null, add "details" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "audit_event" drop column "client_request_id", drop column "details";`);
  }

}
