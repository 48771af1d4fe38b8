import type { MikroORM } from '@mikro-orm/postgresql';
import type { TestApi } from '../support/api.js';
import { apiSuite } from '../support/suites.js';
import { TEST_PASSWORD, type TestTenant } from '../support/tenants.js';
import { ownerQuery } from '../support/stored.js';
import { attemptLogin } from './helpers.js';

/** The lockout is decided by one conditional UPDATE per attempt, so parallel attempts cannot race past it. */
const THRESHOLD = 5;

let owner: MikroORM;
let api: TestApi;
let t: TestTenant;

apiSuite('race', { LOGIN_LOCKOUT_THRESHOLD: String(THRESHOLD), LOGIN_LOCKOUT_SECONDS: '600', LOGIN_THROTTLE_LIMIT: '1000' }, (suite) => ({ owner, api, t } = suite));

it('locks after the threshold even when 20 wrong passwords arrive at once; the right password is then refused', async () => {
  const { email, id } = t.users.COUNSELLOR;
  const answers = await Promise.all(Array.from({ length: 20 }, () => attemptLogin(api, email, 'wrong password')));
  const reasons = answers.map((a) => a.errors?.[0].extensions?.reason);
  expect(reasons.filter((r) => r === 'INVALID_CREDENTIALS')).toHaveLength(THRESHOLD - 1);
  expect(reasons.filter((r) => r === 'ACCOUNT_LOCKED')).toHaveLength(20 - (THRESHOLD - 1));

  const right = await attemptLogin(api, email, TEST_PASSWORD);
  expect(right.data?.login ?? null).toBeNull();
  expect(right.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });

  const [row] = await ownerQuery(owner, t.id, 'select failed_login_count, locked_until > now() as locked from user_account where id = ?', [id]);
  expect(row).toEqual({ failed_login_count: 0, locked: true });
});
