import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, type TestApi } from '../support/api.js';
import { apiSuite } from '../support/suites.js';
import type { TestTenant } from '../support/tenants.js';
import { ownerQuery } from '../support/stored.js';
import { changeAndAwaitNotification } from './helpers.js';

/**
 * A role change or a disabling made in the database applies to the very next request once the
 * API has heard the change's notification (milliseconds after commit), whatever the still-valid token says.
 */
const RESIDENCES = graphql(`query NextRequestResidences { residences { id } }`);
const ME = graphql(`query NextRequestMe { me { id role } }`);

let owner: MikroORM;
let api: TestApi;
let t: TestTenant;

apiSuite('next', { LOGIN_THROTTLE_LIMIT: '1000' }, (suite) => ({ owner, api, t } = suite));

it('applies a role change on the next request: the old MANAGER token is refused a manager operation', async () => {
  const user = t.users.MANAGER;
  const { token } = await api.login(user.email);
  expect((await api.gql(RESIDENCES, {}, { token })).errors).toBeUndefined();

  await changeAndAwaitNotification(api, () => ownerQuery(owner, t.id, `update user_account set role = 'GROUP_LEADER' where id = ?`, [user.id]));

  const refused = await api.gql(RESIDENCES, {}, { token });
  expect(refused.data ?? null).toBeNull();
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await api.gql(ME, {}, { token })).data?.me).toEqual({ id: user.id, role: 'GROUP_LEADER' });
});

it('applies a disabling on the next request: the still-valid token is UNAUTHENTICATED', async () => {
  const user = t.users.COUNSELLOR;
  const { token } = await api.login(user.email);
  expect((await api.gql(ME, {}, { token })).data?.me.id).toBe(user.id);

  await changeAndAwaitNotification(api, () => ownerQuery(owner, t.id, 'update user_account set disabled_at = now() where id = ?', [user.id]));

  for (const res of [await api.gql(ME, {}, { token }), await api.gql(RESIDENCES, {}, { token })]) {
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  }
});
