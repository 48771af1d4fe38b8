// The 100-tenant consortium data set of issue 8, deterministic by (seed, scale). Scale 1:
// 100 tenants, ~5,000 residences (8 beds each), 50,000 residents, ~500,000 stays, ~2,000,000
// counselling sessions, ~250,000 goals (+ their history); tenant 1 is the largest (~3,000
// residents, ~120,000 sessions). Loaded with INSERT … SELECT generate_series as the owner role
// (which bypasses RLS) into a migrated, empty database; the constraints check every row.
// Sign-in: manager@largest.bench and counsellor@largest.bench (every bench account has the
// password BENCH_PASSWORD).
// Usage: npx node bench/consortium-data.mjs <owner-url> [scale=1] [seed=1]   (after `npx nx run api:build`)
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { hashPassword } from '../dist/libs/api/organisations/src/index.js';
import { TENANTS, consortiumPlan } from './support/consortium-plan.mjs';
import { helpers, loadStatements } from './support/consortium-sql.mjs';

export const BENCH_PASSWORD = 'bridgeway-bench';
export const BENCH_ACCOUNTS = { manager: 'manager@largest.bench', counsellor: 'counsellor@largest.bench' };
const TABLES = ['tenant', 'user_account', 'residence', 'bed', 'resident', 'stay', 'counselling_session', 'goal', 'goal_event'];

/** Loads the data set; returns the row count of every table and the largest tenant's id. */
export async function loadConsortium(ownerUrl, { scale = 1, seed = 1, log = console.log } = {}) {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff) throw new Error('seed: an integer 0…65535');
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // Loading settings for this session only: nothing is lost on a crash that a re-run would not redo.
    await client.query(`set synchronous_commit = off; set maintenance_work_mem = '256MB'; set work_mem = '64MB'`);
    for (const sql of helpers(seed)) await client.query(sql);
    await client.query(`create temp table bench_plan (t int, residents int, ro int, residences int, ho int, counsellors int, openstays int)`);
    const plan = consortiumPlan(scale);
    await client.query(
      `insert into bench_plan select * from jsonb_to_recordset($1) as x(t int, residents int, ro int, residences int, ho int, counsellors int, "openStays" int)`,
      [JSON.stringify(plan)],
    );
    const passwordHash = await hashPassword(BENCH_PASSWORD); // one hash for all: argon2 per row would take minutes
    const rows = {};
    for (const [table, sql] of loadStatements()) {
      const started = performance.now();
      await client.query('begin');
      const result = await client.query(sql, sql.includes('$1') ? [passwordHash] : []);
      await client.query('commit');
      rows[table] = result.rowCount;
      log(`  ${table.padEnd(20)} ${String(result.rowCount).padStart(9)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const started = performance.now();
    // VACUUM too: index-only scans need the visibility map, which a fresh load has not got yet
    // (autovacuum would set it some minutes later, in the middle of a benchmark).
    await client.query(`vacuum analyze ${TABLES.join(', ')}`);
    log(`  vacuum analyze ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const largest = (await client.query(`select pg_temp.bid(1, 1) as id`)).rows[0].id;
    return { rows, largestTenantId: largest, tenants: TENANTS };
  } finally {
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, scale = '1', seed = '1'] = process.argv.slice(2);
  if (!url) throw new Error('usage: bench/consortium-data.mjs <owner-url> [scale] [seed]');
  const started = performance.now();
  const { rows } = await loadConsortium(url, { scale: Number(scale), seed: Number(seed) });
  console.log(`loaded ${Object.values(rows).reduce((a, b) => a + b, 0)} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
