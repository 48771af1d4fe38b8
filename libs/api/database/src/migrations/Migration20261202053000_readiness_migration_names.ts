import { Migration } from '@mikro-orm/migrations';

/**
 * `/health/ready` answers "migrations applied" by comparing the applied names with the ones the
 * running build knows. The application role may read those names, and nothing else of the
 * migrations table (no write, no other column).
 */
export class Migration20261202053000_readiness_migration_names extends Migration {

  override name = 'Migration20261202053000_readiness_migration_names';

  override up(): void | Promise<void> {
    this.addSql(`grant select ("name") on "mikro_orm_migrations" to bridgeway_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`revoke select ("name") on "mikro_orm_migrations" from bridgeway_app;`);
  }

}
