import type { Type } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startApi, type TestApi } from './api.js';
import { signInAll, type Tokens } from './factories.js';
import { ownerOrm } from './orm.js';
import { createTestTenant, type TestTenant } from './tenants.js';

/**
 * The suites register the usual beforeAll/afterAll hooks (call them at the top of a file or inside
 * `describe`) and return handles that are filled in once beforeAll has run; `ready` receives them
 * at that point too, e.g. `let { owner, api, t } = {} as ApiSuite; apiSuite('x', {}, (s) => ({ owner, api, t } = s));`.
 * afterAll closes the API, then the owner ORM.
 */
function suite<S extends { owner: MikroORM; api?: TestApi }>(setUp: (handles: S) => Promise<void>, ready?: (handles: S) => void): S {
  const handles = {} as S;
  beforeAll(async () => {
    await setUp(handles);
    ready?.(handles);
  });
  afterAll(async () => {
    await handles.api?.close();
    await handles.owner?.close(true);
  });
  return handles;
}

/** What a suite that starts its own APIs (one per describe, say) works with: the owner ORM and one fresh tenant. */
export interface TenantSuite {
  owner: MikroORM;
  t: TestTenant;
}

/** The owner ORM and tenant `<label>-…`. */
export function tenantSuite(label: string, ready?: (suite: TenantSuite) => void): TenantSuite {
  return suite<TenantSuite>(async (s) => {
    s.owner = await ownerOrm();
    s.t = await createTestTenant(s.owner, label);
  }, ready);
}

/** What an API suite works with: the owner ORM, the API and one fresh tenant. */
export interface ApiSuite extends TenantSuite {
  api: TestApi;
}

/** The owner ORM, tenant `<label>-…` and the API started with `env` (and any test-only `modules`). */
export function apiSuite(label: string, env: Record<string, string> = {}, ready?: (suite: ApiSuite) => void, modules: Type[] = []): ApiSuite {
  return suite<ApiSuite>(async (s) => {
    s.owner = await ownerOrm();
    s.t = await createTestTenant(s.owner, label);
    s.api = await startApi(env, {}, modules);
  }, ready);
}

/** What a case-file suite works with: the owner ORM, the API, two tenants and a token per role in each. */
export interface CaseFileSuite {
  owner: MikroORM;
  api: TestApi;
  a: TestTenant;
  b: TestTenant;
  ta: Tokens;
  tb: Tokens;
}

/** The owner ORM, tenants `<label>-a` and `<label>-b`, the API started and every role of both tenants signed in. */
export function caseFileSuite(label: string, ready?: (suite: CaseFileSuite) => void): CaseFileSuite {
  return suite<CaseFileSuite>(async (s) => {
    s.owner = await ownerOrm();
    s.a = await createTestTenant(s.owner, `${label}-a`);
    s.b = await createTestTenant(s.owner, `${label}-b`);
    s.api = await startApi({ LOGIN_THROTTLE_LIMIT: '1000' });
    s.ta = await signInAll(s.api, s.a);
    s.tb = await signInAll(s.api, s.b);
  }, ready);
}
