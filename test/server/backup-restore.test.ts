import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { APP_ROLE, backupDatabase, pgToolMajor, restoreDatabase, serverMajor } from '@bridgeway/api-database';
import { adminUrl, appUrl } from '../support/orm.js';

/**
 * `npm run db:backup` / `db:restore` round trip: the test database (demo data and everything the
 * other suites wrote) is dumped, restored into a new database, and must hold the same rows, give
 * the same figures and let the application role in with the same grants. It needs a server where
 * it may create a database (DATABASE_URL) and pg_dump/pg_restore at least as new as the server.
 */
const serverAdmin = process.env.DATABASE_URL;
if (!serverAdmin) console.log('backup round trip skipped: it needs DATABASE_URL (a server where it may create the restore database); .ci/run runs it on PostgreSQL 15');
const describeWithServer = serverAdmin ? describe : describe.skip;

describeWithServer('backup and restore round trip', () => {
  let reason: string | null = null;
  let dir: string;
  let restoredName: string;
  let restoredOwnerUrl: string;

  beforeAll(async () => {
    const server = await serverMajor(adminUrl());
    const tools = Math.min(pgToolMajor('pg_dump') ?? 0, pgToolMajor('pg_restore') ?? 0);
    if (tools < server) reason = `pg_dump/pg_restore ${tools || 'missing'} cannot work with PostgreSQL ${server}`;
    if (reason) {
      console.log(`backup round trip skipped: ${reason}`);
      return;
    }
    dir = await mkdtemp(path.join(tmpdir(), 'bridgeway-backup-'));
    const source = new URL(adminUrl());
    restoredName = `${source.pathname.slice(1)}_restored`;
    const admin = new pg.Client({ connectionString: serverAdmin });
    await admin.connect();
    await admin.query(`create database ${restoredName} owner ${decodeURIComponent(source.username)}`);
    await admin.end();
    source.pathname = `/${restoredName}`;
    restoredOwnerUrl = source.toString();
  });

  afterAll(async () => {
    if (reason) return;
    const admin = new pg.Client({ connectionString: serverAdmin });
    await admin.connect();
    await admin.query(`drop database if exists ${restoredName} with (force)`);
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  });

  /** Rows per table and every tenant's figures for the two project years, as the owner sees them. */
  const contents = async (client: pg.Client) => {
    const { rows: tables } = await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = (await client.query<{ n: number }>(`select count(*)::int as n from "${name}"`)).rows[0]?.n ?? -1;
    const { rows: figures } = await client.query(`
      select t.id as tenant, m.* from tenant t
        cross join lateral tenant_metrics_periods(p_tenant_id => t.id, p_periods => array[daterange('2024-11-01', '2026-11-01')]) m
       order by t.id, m.period`);
    return { counts, figures };
  };

  it('restores every row, the same figures and the application role’s access', async () => {
    if (reason) return;
    const file = path.join(dir, 'bridgeway.dump');
    // Other suites write while this runs: dump exactly what one transaction sees, and read the same.
    const source = new pg.Client({ connectionString: adminUrl() });
    await source.connect();
    let before: Awaited<ReturnType<typeof contents>>;
    let backupMs: number;
    try {
      await source.query('begin isolation level repeatable read read only');
      const snapshot = (await source.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]?.id;
      const started = performance.now();
      await backupDatabase(adminUrl(), file, { snapshot });
      backupMs = performance.now() - started;
      before = await contents(source);
    } finally {
      await source.query('rollback').catch(() => undefined);
      await source.end();
    }
    const started = performance.now();
    await restoreDatabase(restoredOwnerUrl, file);
    const restoreMs = performance.now() - started;

    const restored = new pg.Client({ connectionString: restoredOwnerUrl });
    await restored.connect();
    try {
      const after = await contents(restored);
      console.log(
        `backup round trip: ${Object.values(before.counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(before.counts).length} tables, ` +
          `${((await stat(file)).size / 1024).toFixed(0)} KiB; backup ${Math.round(backupMs)} ms, restore ${Math.round(restoreMs)} ms`,
      );
      expect(after.counts).toEqual(before.counts);
      expect(after.figures).toEqual(before.figures);
      expect(before.figures.length).toBeGreaterThan(0);
    } finally {
      await restored.end();
    }

    // The application role's grants came back: under RLS it reads exactly one tenant's residents.
    const owner = new pg.Client({ connectionString: restoredOwnerUrl });
    const appUrlRestored = new URL(appUrl());
    appUrlRestored.pathname = `/${restoredName}`;
    const app = new pg.Client({ connectionString: appUrlRestored.toString() });
    await Promise.all([owner.connect(), app.connect()]);
    try {
      const { rows } = await owner.query<{ tenant: string; n: number }>(`select tenant_id as tenant, count(*)::int as n from resident group by 1 order by 2 desc limit 1`);
      const busiest = rows[0];
      expect(busiest?.n).toBeGreaterThan(0);
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [busiest?.tenant]);
      const seen = await app.query<{ user: string; n: number }>(`select current_user as user, count(*)::int as n from resident`);
      await app.query('commit');
      expect(seen.rows[0]).toEqual({ user: APP_ROLE, n: busiest?.n });
    } finally {
      await Promise.all([owner.end(), app.end()]);
    }
  });
});
