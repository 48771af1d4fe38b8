import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { StartupError } from '../embedded/startup-error.js';

export type PgTool = 'pg_dump' | 'pg_restore';

/** `PG_BIN/<tool>` when PG_BIN is set, else the tool on PATH. */
export function pgToolPath(tool: PgTool, env: NodeJS.ProcessEnv = process.env): string {
  return env.PG_BIN ? path.join(env.PG_BIN, tool) : tool;
}

/** The tool's major version, or null when it cannot be run. */
export function pgToolMajor(tool: PgTool, env: NodeJS.ProcessEnv = process.env): number | null {
  const result = spawnSync(pgToolPath(tool, env), ['--version'], { encoding: 'utf8' });
  const match = result.status === 0 ? /\(PostgreSQL\) (\d+)/.exec(result.stdout) : null;
  return match ? Number(match[1]) : null;
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>(`select current_setting('server_version_num') as version`);
    return Math.floor(Number(rows[0]?.version) / 10_000);
  } finally {
    await client.end();
  }
}

/** pg_dump and pg_restore must be at least the server's major version (older ones refuse newer servers). */
export async function assertPgToolsFor(url: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const server = await serverMajor(url);
  for (const tool of ['pg_dump', 'pg_restore'] as const) {
    const major = pgToolMajor(tool, env);
    if (major === null) throw new StartupError(`${tool} was not found: install the PostgreSQL ${server} client tools and put them on PATH, or set PG_BIN to their folder.`);
    if (major < server) throw new StartupError(`${tool} ${major} cannot work with a PostgreSQL ${server} server: install the PostgreSQL ${server} client tools and put them on PATH, or set PG_BIN to their folder.`);
  }
}

/** libpq's environment for `url`, so the password never appears on a command line. */
export function libpqEnv(url: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  return {
    ...env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || '5432',
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
  };
}
