import { Migration } from '@mikro-orm/migrations';

/**
 * Every API instance keeps a short-lived cache of each signed-in user's role, active state
 * and organisation name (issue 8: the actor is not re-read on every request). These triggers
 * make that cache safe: a change of an account's role or active state or of a tenant's name, by the API or by hand, notifies
 * channel `bridgeway_actor_changed` at commit, and every instance LISTENing drops the entry
 * before its next request. Payload: `<tenant id>:<user id>`, or `<tenant id>:*` for a tenant.
 */
export class Migration20261201201500_actor_change_notify extends Migration {

  override name = 'Migration20261201201500_actor_change_notify';

  override up(): void | Promise<void> {
    this.addSql(`create function notify_actor_changed() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'tenant' then
          perform pg_notify('bridgeway_actor_changed', old.id::text || ':*');
        else
          perform pg_notify('bridgeway_actor_changed', old.tenant_id::text || ':' || old.id::text);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger user_account_actor_changed after update of role, disabled_at, tenant_id or delete on "user_account"
      for each row execute function notify_actor_changed();`);
    this.addSql(`create trigger tenant_actor_changed after update of name or delete on "tenant"
      for each row execute function notify_actor_changed();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger tenant_actor_changed on "tenant";`);
    this.addSql(`drop trigger user_account_actor_changed on "user_account";`);
    this.addSql(`drop function notify_actor_changed();`);
  }

}
