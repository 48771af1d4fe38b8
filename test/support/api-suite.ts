import type { MikroORM } from '@mikro-orm/postgresql';
import { startApi, type TestApi } from './api.js';
import { ownerOrm } from './orm.js';
import { createTestTenant, type TestTenant } from './tenants.js';

/** What an API suite works with: the owner ORM, the API and one fresh tenant. */
export interface ApiSuite {
  owner: MikroORM;
  api: TestApi;
  t: TestTenant;
}

/**
 * Registers the usual beforeAll/afterAll of a suite that needs the API and one tenant: the owner
 * ORM, tenant `<label>-…`, the API started with `env`. `ready` receives the handles once they exist
 * (e.g. `apiSuite('x', {}, (s) => ({ owner, api, t } = s))`).
 */
export function apiSuite(label: string, env: Record<string, string> = {}, ready?: (suite: ApiSuite) => void): ApiSuite {
  const suite = {} as ApiSuite;
  beforeAll(async () => {
    suite.owner = await ownerOrm();
    suite.t = await createTestTenant(suite.owner, label);
    suite.api = await startApi(env);
    ready?.(suite);
  });
  afterAll(async () => {
    await suite.api?.close();
    await suite.owner?.close(true);
  });
  return suite;
}
