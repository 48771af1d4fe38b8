// Prepares one database for the whole run: a fresh embedded cluster in a temp folder,
// or a fresh database on DATABASE_URL's server; migrations and demo organisations are
// applied exactly as `npm start` does. Jest loads global setup outside its module
// system, so this uses the compiled API (npm test builds it first).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { OWNER_ROLE, appUrlFrom, ensureAppRole, openDatabaseTarget } from '../../dist/libs/api/database/src/index.js';
import { migrateToLatest, seedDemo } from '../../dist/libs/api/registry/src/index.js';

const TEST_OWNER_PASSWORD = 'bridgeway-owner-test';
const TEST_APP_PASSWORD = 'bridgeway-app-test';

export default async function globalSetup() {
  let env;
  let dropUrl;
  let dbName;
  let dataDir;
  if (process.env.DATABASE_URL) {
    dbName = `bridgeway_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    // As on a managed server (infra/postgres/roles.sql): the database and its tables belong to the
    // NOSUPERUSER owner role, so the catalog rules hold here as on the embedded database.
    await admin.query(`do $$ begin create role ${OWNER_ROLE}; exception when duplicate_object then null; end $$`);
    await admin.query(`alter role ${OWNER_ROLE} with login nosuperuser bypassrls nocreatedb nocreaterole password '${TEST_OWNER_PASSWORD}'`);
    await admin.query(`grant pg_read_all_stats to ${OWNER_ROLE}`);
    await admin.query(`create database ${dbName} owner ${OWNER_ROLE}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${dbName}`;
    await ensureAppRole(url.toString(), TEST_APP_PASSWORD); // roles are made by the server's admin
    const ownerUrl = new URL(url);
    ownerUrl.username = OWNER_ROLE;
    ownerUrl.password = TEST_OWNER_PASSWORD;
    env = { DATABASE_URL: ownerUrl.toString(), DATABASE_APP_URL: appUrlFrom(url.toString(), TEST_APP_PASSWORD) };
    dropUrl = process.env.DATABASE_URL;
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), 'bridgeway-test-'));
    await chmod(dataDir, 0o755); // the embedded server may run as the `postgres` OS user
    env = { BRIDGEWAY_DATA_DIR: dataDir };
  }
  const target = await openDatabaseTarget(env);
  await migrateToLatest(target.adminUrl);
  await seedDemo(target.adminUrl, { NODE_ENV: 'test' });
  process.env.TEST_ADMIN_URL = target.adminUrl;
  process.env.TEST_APP_URL = target.appUrl;
  globalThis.__BRIDGEWAY_TEST_DB__ = { target, dropUrl, dbName, dataDir };
  // @nestjs/graphql keeps its type metadata on the global object; in-band runs would hand
  // this setup's (dist/) metadata to the suites. Each suite must build its own.
  for (const key of ['GqlTypeMetadataStorage', 'GqlLazyMetadataStorageHost']) delete globalThis[key];
}

export async function teardown() {
  const state = globalThis.__BRIDGEWAY_TEST_DB__;
  if (!state) return;
  await state.target.stop();
  if (state.dataDir) await rm(state.dataDir, { recursive: true, force: true });
  if (state.dropUrl && state.dbName) {
    const admin = new pg.Client({ connectionString: state.dropUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${state.dbName} with (force)`);
    await admin.end();
  }
}
