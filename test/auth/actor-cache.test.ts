import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ActorCache, AuthService } from '@bridgeway/api-auth';
import { Role } from '@bridgeway/shared-domain';
import { graphql, withStatements, type GqlResult, type TestApi } from '../support/api.js';
import type { TypedDocumentString } from '../support/gql/graphql.js';
import { appUrl } from '../support/orm.js';
import { ownerQuery } from '../support/stored.js';
import { apiSuite } from '../support/suites.js';
import { createTestTenant } from '../support/tenants.js';

/**
 * The actor (role, active state, organisation name) is cached per process, and the cache stays
 * correct: a change made anywhere (SQL as the owner stands for another instance or an admin)
 * applies within a moment; AuthService.disableUser applies to the very next request.
 */
const ME = graphql(`query ActorMe { me { id role organisation { name } } }`);
const RESIDENCES = graphql(`query ActorResidences { residences { id } }`);
const CREATE_RESIDENCE = graphql(`mutation ActorCreateResidence($input: CreateResidenceInput!) { createResidence(input: $input) { id } }`);
/** An operation without variables (ME, RESIDENCES). */
type Plain<T = unknown> = TypedDocumentString<T, { [key: string]: never }>;
/** actorInRequest's statement (the `me` resolver reads user_account too, without this join). */
const USER_LOOKUP = /from user_account u join tenant t/i;

let owner: MikroORM;
let api: TestApi;
let cache: ActorCache;

apiSuite('actor-cache', { LOGIN_THROTTLE_LIMIT: '1000' }, (suite) => {
  ({ owner, api } = suite);
  cache = api.app.get(ActorCache);
});

const codeOf = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions?.code;

/** Polls `fn` until `done` accepts its result or ~3 s pass; returns the last result (the caller asserts on it). */
async function eventually<T>(fn: () => Promise<T> | T, done: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 3_000;
  for (;;) {
    const value = await fn();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Lookups of the user the request runs (0 on a cache hit). */
async function lookupsOf<T>(query: Plain<T>, token: string) {
  const { result: res, statements } = await withStatements(api, () => api.gql(query, {}, { token }));
  return { res, lookups: statements.filter((s) => USER_LOOKUP.test(s)).length };
}

/** Signs in and makes two requests, so the user's actor is in the cache (proved by the second running no lookup). */
async function signInCached(email: string, query: Plain = RESIDENCES): Promise<string> {
  const { token } = await api.login(email);
  await api.gql(query, {}, { token });
  expect((await lookupsOf(query, token)).lookups).toBe(0);
  return token;
}

it('listens from start-up', () => {
  expect(cache.isListening).toBe(true);
});

it('looks the user up on the first request only', async () => {
  const t = await createTestTenant(owner, 'actor-cache-hit');
  const { token } = await api.login(t.users.MANAGER.email);
  const first = await lookupsOf(RESIDENCES, token);
  expect(first.res.errors).toBeUndefined();
  expect(first.lookups).toBe(1);
  const second = await lookupsOf(RESIDENCES, token);
  expect(second.res.errors).toBeUndefined();
  expect(second.lookups).toBe(0);
  const me = await lookupsOf(ME, token);
  expect(me.lookups).toBe(0);
  expect(me.res.data?.me).toEqual({ id: t.users.MANAGER.id, role: 'MANAGER', organisation: { name: t.name } });
});

it('a disabling by SQL ends the session: UNAUTHENTICATED, and a disabled account is never cached', async () => {
  const t = await createTestTenant(owner, 'actor-cache-disable');
  const token = await signInCached(t.users.COUNSELLOR.email);

  await ownerQuery(owner, t.id, 'update user_account set disabled_at = now() where id = ?', [t.users.COUNSELLOR.id]);

  const refused = await eventually(() => api.gql(RESIDENCES, {}, { token }), (res) => codeOf(res) === 'UNAUTHENTICATED');
  expect(refused.data ?? null).toBeNull();
  expect(codeOf(refused)).toBe('UNAUTHENTICATED');
  for (let n = 0; n < 2; n++) {
    const again = await lookupsOf(RESIDENCES, token);
    expect(codeOf(again.res)).toBe('UNAUTHENTICATED');
    expect(again.lookups).toBe(1);
  }
  // A colleague is not affected.
  expect((await api.gql(RESIDENCES, {}, { token: (await api.login(t.users.MANAGER.email)).token })).errors).toBeUndefined();
});

it('a role change by SQL applies to the next requests, both ways', async () => {
  const t = await createTestTenant(owner, 'actor-cache-role');
  const user = t.users.COUNSELLOR;
  const token = await signInCached(user.email);
  const create = () => api.gql(CREATE_RESIDENCE, { input: { name: 'Promoted house', capacity: 2 } }, { token });
  expect(codeOf(await create())).toBe('FORBIDDEN');

  await ownerQuery(owner, t.id, `update user_account set role = 'MANAGER' where id = ?`, [user.id]);
  const promoted = await eventually(create, (res) => !res.errors);
  expect(promoted.errors).toBeUndefined();
  expect(promoted.data?.createResidence.id).toBeDefined();

  await ownerQuery(owner, t.id, `update user_account set role = 'COUNSELLOR' where id = ?`, [user.id]);
  const demoted = await eventually(create, (res) => codeOf(res) === 'FORBIDDEN');
  expect(demoted.data ?? null).toBeNull();
  expect(codeOf(demoted)).toBe('FORBIDDEN');
  expect((await api.gql(ME, {}, { token })).data?.me.role).toBe('COUNSELLOR');
});

it("renaming the tenant by SQL changes every member's organisation name", async () => {
  const t = await createTestTenant(owner, 'actor-cache-rename');
  const manager = await signInCached(t.users.MANAGER.email, ME);
  const counsellor = await signInCached(t.users.COUNSELLOR.email, ME);
  const renamed = `${t.name} renamed`;

  await ownerQuery(owner, t.id, 'update tenant set name = ? where id = ?', [renamed, t.id]);

  for (const token of [manager, counsellor]) {
    const res = await eventually(() => api.gql(ME, {}, { token }), (r) => r.data?.me.organisation.name === renamed);
    expect(res.data?.me.organisation).toEqual({ name: renamed });
  }
});

it('AuthService.disableUser refuses the very next request', async () => {
  const t = await createTestTenant(owner, 'actor-cache-disable-user');
  const token = await signInCached(t.users.MANAGER.email);

  await api.app.get(AuthService).disableUser(t.id, t.users.MANAGER.id);

  const res = await api.gql(RESIDENCES, {}, { token });
  expect(res.data ?? null).toBeNull();
  expect(codeOf(res)).toBe('UNAUTHENTICATED');
});

it('refuses to store a value read before a notification, a forget or a reconnect (epoch)', async () => {
  const t = await createTestTenant(owner, 'actor-cache-epoch');
  const user = t.users.GROUP_LEADER;
  const value = { role: Role.GROUP_LEADER, organisationName: t.name };

  const beforeForget = cache.epoch();
  cache.forget(t.id, t.users.MANAGER.id);
  expect(cache.set(t.id, user.id, value, beforeForget)).toBe(false);
  expect(cache.get(t.id, user.id)).toBeUndefined();

  const beforeNotification = cache.epoch();
  await ownerQuery(owner, t.id, `update user_account set role = 'COUNSELLOR' where id = ?`, [t.users.CONSORTIUM_COORDINATOR.id]);
  expect(await eventually(() => cache.epoch(), (epoch) => epoch !== beforeNotification)).not.toBe(beforeNotification);
  expect(cache.set(t.id, user.id, value, beforeNotification)).toBe(false);
  expect(cache.get(t.id, user.id)).toBeUndefined();

  expect(cache.set(t.id, user.id, value, cache.epoch())).toBe(true);
  expect(cache.get(t.id, user.id)).toEqual(value);
  cache.forget(t.id, user.id);
  expect(cache.get(t.id, user.id)).toBeUndefined();
});

it('is off while its connection is lost, and restarts empty: a change made meanwhile applies', async () => {
  const t = await createTestTenant(owner, 'actor-cache-reconnect');
  const user = t.users.MANAGER;
  const token = await signInCached(user.email);
  const before = cache.epoch();

  // End the listening connection from the server side (as the same role, which may signal its own backends).
  const pid = (cache as unknown as { client?: { processID?: number } }).client?.processID;
  expect(pid).toBeDefined();
  const killer = new pg.Client({ connectionString: appUrl() });
  await killer.connect();
  try {
    await killer.query('select pg_terminate_backend($1)', [pid]);
  } finally {
    await killer.end();
  }
  expect(await eventually(() => cache.isListening, (listening) => !listening)).toBe(false);
  expect(cache.get(t.id, user.id)).toBeUndefined();
  expect(cache.set(t.id, user.id, { role: Role.MANAGER, organisationName: t.name }, cache.epoch())).toBe(false);

  // Not heard by anyone: only the restart from empty makes it apply.
  await ownerQuery(owner, t.id, `update user_account set role = 'GROUP_LEADER' where id = ?`, [user.id]);

  expect(await eventually(() => cache.isListening, (listening) => listening)).toBe(true);
  expect(cache.set(t.id, user.id, { role: Role.MANAGER, organisationName: t.name }, before)).toBe(false);
  expect(codeOf(await api.gql(RESIDENCES, {}, { token }))).toBe('FORBIDDEN');
  expect((await api.gql(ME, {}, { token })).data?.me.role).toBe('GROUP_LEADER');
  // And it caches again.
  expect((await lookupsOf(ME, token)).lookups).toBe(0);
});
