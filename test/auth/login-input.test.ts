import type { MikroORM } from '@mikro-orm/postgresql';
import { onPasswordVerification } from '@bridgeway/api-organisations';
import { ownerOrm } from '../support/orm.js';
import { startApi, type TestApi } from '../support/api.js';
import { createTestTenant, TEST_PASSWORD, type TestTenant } from '../support/tenants.js';
import { ownerQuery } from '../support/stored.js';
import { attemptLogin } from './helpers.js';

/** The login input is validated before any password is verified (guards run before the validation pipe). */
let owner: MikroORM;
let api: TestApi;
let t: TestTenant;
let verifications = 0;
let stop: () => void;

beforeAll(async () => {
  owner = await ownerOrm();
  t = await createTestTenant(owner, 'input');
  api = await startApi({ LOGIN_THROTTLE_LIMIT: '1000' });
  stop = onPasswordVerification(() => verifications++);
});

afterAll(async () => {
  stop?.();
  await api?.close();
  await owner?.close(true);
});

const failures = async (id: string) => (await ownerQuery<{ n: number }>(owner, t.id, 'select failed_login_count as n from user_account where id = ?', [id]))[0].n;

it('refuses a 20,000-character password as BAD_USER_INPUT without verifying it', async () => {
  const { email, id } = t.users.MANAGER;
  const before = verifications;
  const res = await attemptLogin(api, email, 'x'.repeat(20_000));
  expect(res.data?.login ?? null).toBeNull();
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0].extensions?.fields).toEqual({ password: expect.any(String) });
  expect(verifications).toBe(before);
  expect(await failures(id)).toBe(0);
});

it('refuses a malformed e-mail and an empty password as BAD_USER_INPUT without verifying', async () => {
  const before = verifications;
  const email = await attemptLogin(api, 'not-an-email', TEST_PASSWORD);
  expect(email.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { email: expect.any(String) } });
  const empty = await attemptLogin(api, t.users.COUNSELLOR.email, '');
  expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { password: expect.any(String) } });
  expect(verifications).toBe(before);
  expect(await failures(t.users.COUNSELLOR.id)).toBe(0);
});

it('still verifies a well-formed input (trimmed e-mail) and signs in', async () => {
  const before = verifications;
  const res = await attemptLogin(api, `  ${t.users.COUNSELLOR.email}  `, TEST_PASSWORD);
  expect(res.errors).toBeUndefined();
  expect(verifications).toBe(before + 1);
});
