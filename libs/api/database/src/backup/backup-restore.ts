import { spawn } from 'node:child_process';
import pg from 'pg';
import { StartupError } from '../embedded/startup-error.js';
import { assertPgToolsFor, libpqEnv, pgToolPath, type PgTool } from './pg-tools.js';

const run = (tool: PgTool, args: string[], url: string) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(pgToolPath(tool), args, { env: libpqEnv(url), stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new StartupError(`${tool} failed (exit ${code}): ${stderr.trim()}`))));
  });

/**
 * A full backup of the database at `url` (the owner's connection) in pg_dump's custom format:
 * schema, rows, the migrations table, and every GRANT to the application role. Roles themselves
 * live in the cluster, not the database: restoreDatabase creates them first.
 */
export async function backupDatabase(url: string, file: string, options: { snapshot?: string } = {}): Promise<void> {
  await assertPgToolsFor(url);
  // `snapshot`: an exported snapshot (pg_export_snapshot()) to dump exactly what that transaction sees.
  await run('pg_dump', ['--format=custom', '--no-password', `--file=${file}`, ...(options.snapshot ? [`--snapshot=${options.snapshot}`] : [])], url);
}

/**
 * Restores a backup into the empty database at `url`, in one transaction (all or nothing).
 * Objects belong to the restoring (owner) role; the application role must exist already
 * (openDatabaseTarget makes sure of it) so its grants come back with the rows.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  await assertPgToolsFor(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: number }>(`select count(*)::int as tables from pg_tables where schemaname = 'public'`);
    if ((rows[0]?.tables ?? 0) > 0) throw new StartupError(`The target database already has ${rows[0]?.tables} tables: restore into a new, empty database.`);
  } finally {
    await client.end();
  }
  await run('pg_restore', ['--no-owner', '--single-transaction', '--exit-on-error', '--no-password', `--dbname=${new URL(url).pathname.slice(1)}`, file], url);
}
