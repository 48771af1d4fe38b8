import { defineConfig } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import type { OrmSchema } from './api-library.js';
import { SessionContextDriver } from './session-context-connection.js';

export interface OrmConfigOptions {
  clientUrl: string;
  debug?: boolean;
  poolMax?: number;
  /** Sees every SQL statement before it runs (tests count statements with it). */
  onQuery?: (sql: string, params: readonly unknown[]) => string;
}

/**
 * One config for the API (as the application role), the migrator (as the owner)
 * and tests. The schema (entities, committed migrations) comes from the caller: the
 * registry composes it from the libraries (libs/api/registry, `apiOrmConfig`).
 */
export function createOrmConfig(schema: OrmSchema, { clientUrl, debug = false, poolMax = 10, onQuery }: OrmConfigOptions) {
  return defineConfig({
    // PostgreSqlDriver, with BEGIN and the tenant/user session context in one round trip.
    driver: SessionContextDriver,
    clientUrl,
    entities: [...schema.entities],
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator, SeedManager],
    discovery: { checkDuplicateTableNames: true },
    // Triggers and functions (the actor-change NOTIFY, the figure functions) are written by hand in
    // migrations; entities do not declare them, so the schema diff must not drop them.
    schemaGenerator: { ignoreTriggers: true, ignoreRoutines: true },
    sessionContext: 'transaction',
    implicitTransactions: true,
    forceUtcTimezone: true,
    // poolMax 10, not 16: 16 measured no better at 16 concurrent case files (bench/ab.mjs pool, docs/performance.md 2026-12-02) and costs six more backends per API process.
    pool: { min: 0, max: poolMax },
    debug,
    ...(onQuery ? { onQuery } : {}),
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: [...schema.migrations],
      path: 'libs/api/database/src/migrations',
      emit: 'ts',
      // No snapshot: migration-create diffs the entities against a database migrated by the
      // committed migrations, so no shared file changes when a library adds a migration.
      snapshot: false,
      transactional: true,
      allOrNothing: true,
    },
  });
}
