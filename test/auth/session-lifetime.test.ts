import { setTimeout as sleep } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import { cookieFrom, graphql, type TestApi } from '../support/api.js';
import { apiSuite } from '../support/suites.js';
import type { TestTenant } from '../support/tenants.js';
import { ownerQuery } from '../support/stored.js';

/** Refresh rotation never extends a sign-in past SESSION_MAX_LIFETIME_SECONDS, counted from the sign-in. */
const LIFETIME_SECONDS = 3;
const REFRESH = graphql(`mutation LifetimeRefresh { refreshSession { accessToken } }`);
let owner: MikroORM;
let api: TestApi;
let t: TestTenant;

apiSuite('lifetime', { SESSION_MAX_LIFETIME_SECONDS: String(LIFETIME_SECONDS), LOGIN_THROTTLE_LIMIT: '1000' }, (suite) => ({ owner, api, t } = suite));

const familyRows = (tokenId: string) =>
  ownerQuery<{ revoked: boolean; expires_within_lifetime: boolean }>(
    owner,
    t.id,
    `select revoked_at is not null as revoked,
            expires_at <= (select min(created_at) from refresh_token f where f.family_id = r.family_id) + make_interval(secs => ?) as expires_within_lifetime
       from refresh_token r where family_id = (select family_id from refresh_token where id = ?)`,
    [LIFETIME_SECONDS, tokenId],
  );

it('refuses a refresh once the sign-in is older than the absolute lifetime, however often it was rotated, and revokes the family', async () => {
  let cookie = (await api.login(t.users.MANAGER.email)).cookie;
  const signedIn = Date.now(); // just after the sign-in's token was made
  const tokenId = cookie.split('.')[1];
  // Rotating keeps working within the lifetime ...
  for (let i = 0; i < 2; i++) {
    await sleep(700);
    const res = await api.gql(REFRESH, {}, { cookie });
    expect(res.errors).toBeUndefined();
    cookie = cookieFrom(res.setCookie);
  }
  // ... and no token of the family is valid past it.
  expect((await familyRows(tokenId)).every((row) => row.expires_within_lifetime)).toBe(true);

  await sleep(Math.max(0, signedIn + LIFETIME_SECONDS * 1000 + 300 - Date.now()));
  const late = await api.gql(REFRESH, {}, { cookie });
  expect(late.data ?? null).toBeNull();
  expect(late.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
  const rows = await familyRows(tokenId);
  expect(rows).toHaveLength(3);
  expect(rows.every((row) => row.revoked)).toBe(true);
});

it('does not cut a fresh sign-in of the same user short', async () => {
  const { cookie } = await api.login(t.users.MANAGER.email);
  expect((await api.gql(REFRESH, {}, { cookie })).errors).toBeUndefined();
});
