// Shared by the benchmarks: a throw-away embedded PostgreSQL with the demo consortium, and the
// built API served on a free port. Needs `npx nx run api:build` first.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabaseTarget } from '../../dist/libs/api/database/src/index.js';
import { migrateToLatest, seedDemo } from '../../dist/libs/api/registry/src/index.js';
import { loadConfig } from '../../dist/apps/api/src/config.js';
import { createApp } from '../../dist/apps/api/src/create-app.js';

/** Runs `fn(target)` on a fresh migrated database with the demo data, then stops and removes it. */
export async function withDemoDatabase(fn) {
  const dir = await mkdtemp(path.join(tmpdir(), 'bridgeway-bench-'));
  await chmod(dir, 0o755); // the embedded server may run as the `postgres` OS user
  const target = await openDatabaseTarget({ BRIDGEWAY_DATA_DIR: dir });
  try {
    await migrateToLatest(target.adminUrl);
    await seedDemo(target.adminUrl, { NODE_ENV: 'bench' }, () => undefined);
    return await fn(target);
  } finally {
    await target.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Serves the built API as the application role (`orm`: ORM options such as poolMax); returns the app and its base URL. */
export async function startBenchApi(target, env = {}, orm = {}) {
  const app = await createApp(loadConfig({ NODE_ENV: 'bench', BRIDGEWAY_WEB_DIR: '/nonexistent', ...env }), target.appUrl, orm);
  app.useLogger(false);
  await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${app.getHttpServer().address().port}` };
}

/** A demo user's access token (every demo account has the password `bridgeway-demo`). */
export async function demoLogin(url, email) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', variables: { i: { email, password: 'bridgeway-demo' } } }),
  });
  return (await res.json()).data.login.accessToken;
}
