import { JwtService } from '@nestjs/jwt';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AuthService } from '@bridgeway/api-auth';
import { ownerOrm } from '../support/orm.js';
import { cookieFrom, graphql, startApi, type GqlResult, type TestApi } from '../support/api.js';
import { createTestTenant, TEST_PASSWORD, type TestTenant } from '../support/tenants.js';
import { attemptLogin } from './helpers.js';

/** Sessions through the real API: refresh-token rotation and reuse detection, sign-out, access-token checks. */
const ME = graphql(`query SessionsMe { me { id role organisation { id } } }`);
const REFRESH = graphql(`mutation SessionsRefresh { refreshSession { accessToken user { id } } }`);
const LOGOUT = graphql(`mutation SessionsLogout { logout }`);
const SECRET = 'sessions-test-secret-0123456789abcdef';

describe('sessions', () => {
  let owner: MikroORM;
  let api: TestApi;
  let t: TestTenant;

  const refresh = (cookie: string) => api.gql(REFRESH, {}, { cookie });
  const me = (token: string) => api.gql(ME, {}, { token });
  const expectUnauthenticated = (res: GqlResult<unknown>) => {
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  };
  /** True when the response clears the refresh cookie (empty value, expiry in the past, same path). */
  const clearsCookie = (res: GqlResult<unknown>) => {
    const line = res.setCookie.find((c) => c.startsWith('bw_refresh='));
    const expires = /Expires=([^;]+)/i.exec(line ?? '')?.[1];
    return Boolean(line?.startsWith('bw_refresh=;') && /Path=\/graphql/.test(line) && expires && Date.parse(expires) < Date.now());
  };

  beforeAll(async () => {
    owner = await ownerOrm();
    t = await createTestTenant(owner, 'sessions');
    api = await startApi({ JWT_SECRET: SECRET, LOGIN_THROTTLE_LIMIT: '1000' });
  });

  afterAll(async () => {
    await api?.close();
    await owner?.close(true);
  });

  it('rotates the refresh cookie and issues an access token that works', async () => {
    const first = await api.login(t.users.MANAGER.email);
    const res = await refresh(first.cookie);
    expect(res.errors).toBeUndefined();
    expect(res.data?.refreshSession.user.id).toBe(t.users.MANAGER.id);
    const next = cookieFrom(res.setCookie);
    expect(next).toMatch(/^bw_refresh=.+/);
    expect(next).not.toBe(first.cookie);
    const token = res.data!.refreshSession.accessToken;
    expect((await me(token)).data?.me).toEqual({ id: t.users.MANAGER.id, role: 'MANAGER', organisation: { id: t.id } });
    // And the rotated cookie refreshes in turn.
    expect((await refresh(next)).data?.refreshSession.user.id).toBe(t.users.MANAGER.id);
  });

  it('refuses a missing, malformed or forged refresh cookie', async () => {
    expectUnauthenticated(await refresh(''));
    expectUnauthenticated(await refresh('bw_refresh=not-a-token'));
    const { cookie } = await api.login(t.users.MANAGER.email);
    const [, tokenId, secret] = cookie.slice('bw_refresh='.length).split('.');
    // Same token id under another tenant: the row is invisible there.
    const other = await createTestTenant(owner, 'sessions-x');
    expectUnauthenticated(await refresh(`bw_refresh=${other.id}.${tokenId}.${secret}`));
    // Right token id, wrong secret.
    expectUnauthenticated(await refresh(`bw_refresh=${t.id}.${tokenId}.${'x'.repeat(secret.length)}`));
    // The genuine cookie was not harmed by the forgeries.
    expect((await refresh(cookie)).errors).toBeUndefined();
  });

  it('treats reuse of a rotated-out cookie as theft: refused, and the whole family is revoked', async () => {
    const user = t.users.COUNSELLOR;
    const old = (await api.login(user.email)).cookie;
    const bystander = (await api.login(user.email)).cookie; // another sign-in of the same user
    const rotated = await refresh(old);
    expect(rotated.errors).toBeUndefined();
    const newest = cookieFrom(rotated.setCookie);

    const reuse = await refresh(old);
    expectUnauthenticated(reuse);
    expect(reuse.errors?.[0].extensions?.reason).toBe('SESSION_EXPIRED');
    expect(clearsCookie(reuse)).toBe(true);

    expectUnauthenticated(await refresh(newest));
    // Only that family: the other sign-in still refreshes.
    expect((await refresh(bystander)).data?.refreshSession.user.id).toBe(user.id);
  });

  it('logout revokes the session family and clears the cookie', async () => {
    const { cookie } = await api.login(t.users.GROUP_LEADER.email);
    const rotated = cookieFrom((await refresh(cookie)).setCookie);
    const res = await api.gql(LOGOUT, {}, { cookie: rotated });
    expect(res.errors).toBeUndefined();
    expect(res.data?.logout).toBe(true);
    expect(clearsCookie(res)).toBe(true);
    expectUnauthenticated(await refresh(rotated));
  });

  it('refuses an expired access token, and accepts the same claims while valid', async () => {
    const jwt = new JwtService({ secret: SECRET });
    const claims = { sub: t.users.MANAGER.id, tid: t.id, role: 'MANAGER' };
    expect((await me(jwt.sign(claims, { expiresIn: 60 }))).data?.me.id).toBe(t.users.MANAGER.id);
    expectUnauthenticated(await me(jwt.sign(claims, { expiresIn: -10 })));
  });

  it('refuses a token signed with another secret or not signed at all', async () => {
    const claims = { sub: t.users.MANAGER.id, tid: t.id, role: 'MANAGER' };
    expectUnauthenticated(await me(new JwtService({ secret: `${SECRET}-other` }).sign(claims, { expiresIn: 60 })));
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    expectUnauthenticated(await me(`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iat: now, exp: now + 60 })}.`));
  });

  it('disabling a user ends their sessions: the access token is refused and refresh fails', async () => {
    const other = await createTestTenant(owner, 'sessions-disable');
    const user = other.users.COUNSELLOR;
    const { token, cookie } = await api.login(user.email);
    expect((await me(token)).data?.me.id).toBe(user.id);

    await api.app.get(AuthService).disableUser(other.id, user.id);

    expectUnauthenticated(await me(token));
    expectUnauthenticated(await refresh(cookie));
    const again = await attemptLogin(api, user.email, TEST_PASSWORD);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    // Colleagues are not affected.
    expect((await me((await api.login(other.users.MANAGER.email)).token)).data?.me.id).toBe(other.users.MANAGER.id);
  });
});
