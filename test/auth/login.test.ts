import { setTimeout as sleep } from 'node:timers/promises';
import { graphql, startApi, type TestApi } from '../support/api.js';
import { tenantSuite, type TenantSuite } from '../support/suites.js';
import { createTestTenant, TEST_PASSWORD } from '../support/tenants.js';

/** Sign-in through the real API: credentials, the refresh cookie, lockout, throttling and `me`. */
const LOGIN = graphql(`mutation LoginWithUser($input: LoginInput!) { login(input: $input) { accessToken user { id email role organisation { id name } } } }`);
const ME = graphql(`query LoginMe { me { id email displayName role organisation { id name } } }`);

const LOCKOUT_THRESHOLD = 3;
const LOCKOUT_SECONDS = 2;

/** Attributes of the `bw_refresh` Set-Cookie line, keys lower-cased. */
function refreshCookieAttributes(setCookie: string[]): Record<string, string | true> | undefined {
  const line = setCookie.find((c) => c.startsWith('bw_refresh='));
  if (!line) return undefined;
  const [pair, ...attrs] = line.split(';').map((s) => s.trim());
  const out: Record<string, string | true> = { value: pair.slice('bw_refresh='.length) };
  for (const attr of attrs) {
    const [k, ...v] = attr.split('=');
    out[k.toLowerCase()] = v.length ? v.join('=') : true;
  }
  return out;
}

/*
 * @nestjs/passport registers strategies on the process-wide passport singleton, so the API
 * booted last in a process handles 'jwt' and 'local' for every app in it: each describe
 * below runs its own API and closes it before the next one starts.
 */
let { owner, t } = {} as TenantSuite;
tenantSuite('login', (suite) => ({ owner, t } = suite));

describe('login', () => {
  let api: TestApi;
  const attempt = (email: string, password: string) => api.gql(LOGIN, { input: { email, password } });

  beforeAll(async () => {
    api = await startApi({
      LOGIN_LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
      LOGIN_LOCKOUT_SECONDS: String(LOCKOUT_SECONDS),
      LOGIN_THROTTLE_LIMIT: '1000',
    });
  });

  afterAll(() => api?.close());

  it('returns an access token and the user with their organisation, and sets the refresh cookie', async () => {
    const manager = t.users.MANAGER;
    const res = await attempt(manager.email, TEST_PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(res.data?.login.user).toEqual({ id: manager.id, email: manager.email, role: 'MANAGER', organisation: { id: t.id, name: t.name } });
    const cookie = refreshCookieAttributes(res.setCookie);
    expect(cookie).toBeDefined();
    expect(cookie!.value).toMatch(new RegExp(`^${t.id}\\.`));
    expect(cookie).toMatchObject({ httponly: true, samesite: 'Strict', path: '/graphql' });
    expect(Number(cookie!['max-age'])).toBeGreaterThan(0);
  });

  it('accepts the e-mail in any letter case', async () => {
    const res = await attempt(t.users.GROUP_LEADER.email.toUpperCase(), TEST_PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user.id).toBe(t.users.GROUP_LEADER.id);
  });

  it('refuses a wrong password with UNAUTHENTICATED / INVALID_CREDENTIALS and sets no cookie', async () => {
    const res = await attempt(t.users.MANAGER.email, 'not the password');
    expect(res.data?.login ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(refreshCookieAttributes(res.setCookie)).toBeUndefined();
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const wrong = await attempt(t.users.MANAGER.email, 'not the password');
    const unknown = await attempt(`nobody.${t.id.slice(0, 8)}@login.test`, 'not the password');
    // Outside production the answer also carries a stack trace, which naturally differs.
    const answer = ({ status, errors }: typeof wrong) => {
      const { stacktrace: _stack, ...extensions } = errors?.[0]?.extensions ?? {};
      return { status, count: errors?.length, message: errors?.[0]?.message, extensions };
    };
    expect(answer(unknown)).toEqual(answer(wrong));
    expect(answer(unknown).extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });

  it('does not count failures across a successful sign-in', async () => {
    const email = t.users.COUNSELLOR.email;
    for (let i = 0; i < LOCKOUT_THRESHOLD - 1; i++) expect((await attempt(email, 'wrong')).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect((await attempt(email, TEST_PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < LOCKOUT_THRESHOLD - 1; i++) expect((await attempt(email, 'wrong')).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect((await attempt(email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('locks the account after the threshold of failures, even for the right password, until the lock expires', async () => {
    const email = t.users.CONSORTIUM_COORDINATOR.email;
    for (let i = 1; i < LOCKOUT_THRESHOLD; i++) expect((await attempt(email, 'wrong')).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    const last = await attempt(email, 'wrong');
    expect(last.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });

    const locked = await attempt(email, TEST_PASSWORD);
    expect(locked.data?.login ?? null).toBeNull();
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(LOCKOUT_SECONDS);
    expect(refreshCookieAttributes(locked.setCookie)).toBeUndefined();

    // Another account of the same organisation is not affected.
    expect((await attempt(t.users.MANAGER.email, TEST_PASSWORD)).errors).toBeUndefined();

    await sleep(LOCKOUT_SECONDS * 1000 + 300);
    const unlocked = await attempt(email, TEST_PASSWORD);
    expect(unlocked.errors).toBeUndefined();
    expect(unlocked.data?.login.user.id).toBe(t.users.CONSORTIUM_COORDINATOR.id);
    // The success cleared the counter: one more failure is a plain wrong password again.
    expect((await attempt(email, 'wrong')).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
  });

  it('refuses `me` without a token', async () => {
    const res = await api.gql(ME);
    expect(res.data?.me ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('returns the signed-in user from `me`, each token its own user', async () => {
    const other = await createTestTenant(owner, 'login-me');
    const [mine, theirs] = await Promise.all([api.login(t.users.GROUP_LEADER.email), api.login(other.users.MANAGER.email)]);
    const [a, b] = await Promise.all([api.gql(ME, {}, { token: mine.token }), api.gql(ME, {}, { token: theirs.token })]);
    expect(a.errors).toBeUndefined();
    expect(a.data?.me).toEqual({
      id: t.users.GROUP_LEADER.id,
      email: t.users.GROUP_LEADER.email,
      displayName: expect.any(String),
      role: 'GROUP_LEADER',
      organisation: { id: t.id, name: t.name },
    });
    expect(b.data?.me).toMatchObject({ id: other.users.MANAGER.id, role: 'MANAGER', organisation: { id: other.id, name: other.name } });
  });
});

describe('login throttling', () => {
  let throttled: TestApi;

  beforeAll(async () => {
    throttled = await startApi({ LOGIN_THROTTLE_LIMIT: '3', LOGIN_THROTTLE_WINDOW_SECONDS: '60' });
  });

  afterAll(() => throttled?.close());

  it('throttles sign-in per client address: the attempt over the limit is refused even with good credentials', async () => {
    const login = (headers?: Record<string, string>) => throttled.gql(LOGIN, { input: { email: t.users.MANAGER.email, password: TEST_PASSWORD } }, { headers });
    for (let i = 0; i < 3; i++) expect((await login()).errors).toBeUndefined();
    const fourth = await login();
    expect(fourth.data?.login ?? null).toBeNull();
    expect(fourth.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'THROTTLED' });
    expect(fourth.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refreshCookieAttributes(fourth.setCookie)).toBeUndefined();
    // The limit is per address (the API trusts X-Forwarded-For only from a loopback proxy).
    const elsewhere = await login({ 'x-forwarded-for': '203.0.113.7' });
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data?.login.user.id).toBe(t.users.MANAGER.id);
  });
});
