import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export interface OrmConfigOptions {
  clientUrl: string;
  debug?: boolean;
  poolMax?: number;
  /** Sees every SQL statement before it runs (tests count statements with it). */
  onQuery?: (sql: string, params: readonly unknown[]) => string;
}

/**
 * One config for the API (as the application role), the migrator (as the owner)
 * and tests. Schema changes only through the committed MIGRATIONS list.
 */
export function createOrmConfig({ clientUrl, debug = false, poolMax = 10, onQuery }: OrmConfigOptions) {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl,
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator, SeedManager],
    discovery: { checkDuplicateTableNames: true },
    sessionContext: 'transaction',
    implicitTransactions: true,
    forceUtcTimezone: true,
    pool: { min: 0, max: poolMax },
    debug,
    ...(onQuery ? { onQuery } : {}),
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: MIGRATIONS,
      path: 'libs/api/database/src/migrations',
      emit: 'ts',
      snapshot: true,
      snapshotName: '.snapshot',
      transactional: true,
      allOrNothing: true,
    },
  });
}
