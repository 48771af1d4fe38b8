import { loadConfig } from '../../apps/api/src/config.js';
import { SIGN_IN as LOGIN, startApi, type TestApi } from '../support/api.js';
import { tenantSuite, type TenantSuite } from '../support/suites.js';
import { TEST_PASSWORD } from '../support/tenants.js';

/**
 * NODE_ENV=production hardening: no introspection, no stack traces, Apollo's CSRF
 * prevention. Each describe boots its own API and closes it before the next starts
 * (passport strategies are process-wide: the API booted last would serve both).
 */
const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';
const UNKNOWN_FIELD = '{ me { id noSuchField } }';
const LEAKS = /stacktrace|\.ts:\d+|\.js:\d+|node_modules/;

let { t } = {} as TenantSuite;
tenantSuite('prod', (suite) => ({ t } = suite));

it('refuses to start in production without JWT_SECRET', () => {
  expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
});

describe('outside production (controls for the checks below)', () => {
  let dev: TestApi;

  beforeAll(async () => {
    dev = await startApi({ NODE_ENV: 'development' });
  });

  afterAll(() => dev?.close());

  it('allows introspection and includes stack traces, so the probes below can see them', async () => {
    const introspection = await dev.gql<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
    expect(introspection.data?.__schema.queryType.name).toBe('Query');
    const error = await dev.gql('{ me { id } }');
    expect(error.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.errors?.[0].extensions?.stacktrace).toEqual(expect.any(Array));
    expect(JSON.stringify(error)).toMatch(LEAKS);
  });
});

describe('in production', () => {
  let api: TestApi;
  const raw = (init: RequestInit & { query?: string }) => fetch(`${api.url}/graphql${init.query ? `?query=${encodeURIComponent(init.query)}` : ''}`, init);

  beforeAll(async () => {
    api = await startApi({ NODE_ENV: 'production', JWT_SECRET: 'production-test-secret-0123456789abcdef', LOGIN_LOCKOUT_THRESHOLD: '2' });
  });

  afterAll(() => api?.close());

  it('refuses introspection', async () => {
    for (const query of [INTROSPECTION, '{ __type(name: "User") { name fields { name } } }']) {
      const res = await api.gql(query);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].message).toMatch(/introspection/i);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers errors without stack traces or source paths', async () => {
    const answers = [
      await api.gql(UNKNOWN_FIELD),
      await api.gql('{ me { id '),
      await api.gql(INTROSPECTION),
      await api.gql('{ me { id } }'),
      await api.gql('{ me { id } }', {}, { token: 'not.a.token' }),
      await api.gql(LOGIN, { input: { email: t.users.COUNSELLOR.email, password: 'wrong' } }),
      await api.gql(LOGIN, { input: { email: 'not-an-email', password: TEST_PASSWORD } }),
      await api.gql('mutation { refreshSession { accessToken } }'),
    ];
    for (const answer of answers) {
      expect(answer.errors?.length).toBeGreaterThan(0);
      expect(answer.errors![0].extensions?.code).toMatch(/^(UNAUTHENTICATED|BAD_USER_INPUT)$/);
      expect(JSON.stringify(answer)).not.toMatch(LEAKS);
    }
  });

  it('sets the refresh cookie Secure in production', async () => {
    const res = await api.gql(LOGIN, { input: { email: t.users.MANAGER.email, password: TEST_PASSWORD } });
    expect(res.errors).toBeUndefined();
    const cookie = res.setCookie.find((c) => c.startsWith('bw_refresh='));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
  });

  it('blocks a simple GET (CSRF prevention) but serves one carrying a preflight header', async () => {
    const blocked = await raw({ method: 'GET', query: '{__typename}' });
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).not.toMatch(/"data"|"__typename"/);
    const allowed = await raw({ method: 'GET', query: '{__typename}', headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('blocks text/plain and form POSTs without executing them', async () => {
    const email = t.users.GROUP_LEADER.email;
    const body = JSON.stringify({ query: String(LOGIN), variables: { input: { email, password: 'wrong' } } });
    // Two failed sign-ins would lock the account (threshold 2) if these were executed.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await raw({ method: 'POST', headers: { 'content-type': type }, body });
      expect(res.status).toBe(400);
      expect(res.headers.getSetCookie()).toEqual([]);
      expect(await res.text()).not.toMatch(/"data"|accessToken/);
    }
    const login = await api.gql(LOGIN, { input: { email, password: TEST_PASSWORD } });
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.accessToken).toEqual(expect.any(String));
  });
});
