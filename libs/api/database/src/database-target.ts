import { appUrlFrom, ensureAppRole } from './app-role.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseTarget {
  /** Owner/admin connection: migrations and seeders. */
  adminUrl: string;
  /** Application-role connection: everything the API does. */
  appUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface DatabaseEnv {
  DATABASE_URL?: string;
  DATABASE_APP_URL?: string;
  DATABASE_APP_PASSWORD?: string;
  BRIDGEWAY_DATA_DIR?: string;
  /** As root in a private folder: where the embedded PostgreSQL's binaries and data go (default /var/lib/bridgeway). */
  BRIDGEWAY_POSTGRES_DIR?: string;
  NODE_ENV?: string;
}

/**
 * DATABASE_URL set: use that server (its user runs migrations; the app role is
 * DATABASE_APP_URL, or created with DATABASE_APP_PASSWORD). Not set: an embedded
 * PostgreSQL with data under BRIDGEWAY_DATA_DIR (default .data).
 */
export async function openDatabaseTarget(env: DatabaseEnv = process.env, log?: (line: string) => void): Promise<DatabaseTarget> {
  if (env.DATABASE_URL) {
    const adminUrl = env.DATABASE_URL;
    if (env.DATABASE_APP_URL) return { adminUrl, appUrl: env.DATABASE_APP_URL, embedded: false, stop: async () => undefined };
    if (env.NODE_ENV === 'production' && !env.DATABASE_APP_PASSWORD) {
      throw new Error('In production set DATABASE_APP_URL or DATABASE_APP_PASSWORD for the application role');
    }
    const password = env.DATABASE_APP_PASSWORD ?? 'bridgeway-app-local';
    await ensureAppRole(adminUrl, password);
    return { adminUrl, appUrl: appUrlFrom(adminUrl, password), embedded: false, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(env.BRIDGEWAY_DATA_DIR ?? '.data', log, { relocationRoot: env.BRIDGEWAY_POSTGRES_DIR });
  try {
    await ensureAppRole(embedded.superuserUrl, embedded.appPassword);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { adminUrl: embedded.adminUrl, appUrl: appUrlFrom(embedded.adminUrl, embedded.appPassword), embedded: true, stop: embedded.stop };
}
