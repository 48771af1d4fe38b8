import { applyMigrations, createOrmConfig, type OrmConfigOptions } from '@bridgeway/api-database';
import { API_SCHEMA } from './api-libraries.js';

/** The ORM config of the whole API (every library's entities and migrations) for one connection. */
export function apiOrmConfig(options: OrmConfigOptions) {
  return createOrmConfig(API_SCHEMA, options);
}

/** Applies every library's pending migrations as the owner. Returns the names applied. */
export function migrateToLatest(adminUrl: string): Promise<string[]> {
  return applyMigrations(adminUrl, API_SCHEMA);
}
