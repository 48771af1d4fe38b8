import type { MikroORM } from '@mikro-orm/postgresql';
import { onPasswordVerification } from '@bridgeway/api-organisations';
import type { GqlResult, TestApi } from '../support/api.js';
import { apiSuite } from '../support/suites.js';
import { TEST_PASSWORD, type TestTenant } from '../support/tenants.js';
import { ownerQuery } from '../support/stored.js';
import { answerShape, argon2Params, attemptLogin, OWASP_ARGON2 } from './helpers.js';

/**
 * No answer reveals whether an e-mail has an account: an unknown (or disabled) e-mail
 * locks after the same failures as a real one, and costs the same password verification.
 * Lockout settings are the shipped defaults (5 failures, 15 minutes).
 */

let owner: MikroORM;
let api: TestApi;
let t: TestTenant;

apiSuite('enum', { LOGIN_THROTTLE_LIMIT: '1000' }, (suite) => ({ owner, api, t } = suite));

const sevenWrong = async (email: string) => {
  const answers: GqlResult<unknown>[] = [];
  for (let i = 0; i < 7; i++) answers.push(await attemptLogin(api, email, `wrong ${i}`));
  return answers;
};

it('answers 7 wrong attempts identically for a real, an unknown and a disabled e-mail', async () => {
  const disabled = t.users.GROUP_LEADER;
  await ownerQuery(owner, t.id, 'update user_account set disabled_at = now() where id = ?', [disabled.id]);

  const real = (await sevenWrong(t.users.COUNSELLOR.email)).map(answerShape);
  const unknown = (await sevenWrong(`nobody.${t.id.slice(0, 8)}@enum.test`)).map(answerShape);
  const gone = (await sevenWrong(disabled.email)).map(answerShape);

  expect(real.map((a) => a.reason)).toEqual([...Array(4).fill('INVALID_CREDENTIALS'), ...Array(3).fill('ACCOUNT_LOCKED')]);
  expect(real[6].keys).toEqual(['code', 'reason', 'retryAfterSeconds']);
  expect(unknown).toEqual(real);
  expect(gone).toEqual(real);
});

it('gives an unknown e-mail the same retry time as a locked account', async () => {
  const real = await sevenWrong(t.users.MANAGER.email);
  const unknown = await sevenWrong(`NoBody.Else.${t.id.slice(0, 8)}@enum.test`);
  const retry = (a: GqlResult<unknown>) => a.errors?.[0].extensions?.retryAfterSeconds as number;
  expect(retry(real[6])).toBeGreaterThan(15 * 60 - 10);
  expect(Math.abs(retry(unknown[6]) - retry(real[6]))).toBeLessThanOrEqual(2);
  // The e-mail is normalised: another letter case is the same locked key.
  expect((await attemptLogin(api, `nobody.else.${t.id.slice(0, 8)}@enum.test`, 'x')).errors?.[0].extensions?.reason).toBe('ACCOUNT_LOCKED');
});

it('verifies the password of an unknown e-mail against a hash with the same argon2id parameters', async () => {
  const verified: string[] = [];
  const stop = onPasswordVerification((hash) => verified.push(hash));
  try {
    await attemptLogin(api, t.users.CONSORTIUM_COORDINATOR.email, 'wrong');
    expect(verified).toHaveLength(1);
    await attemptLogin(api, `someone.${t.id.slice(0, 8)}@enum.test`, 'wrong');
    expect(verified).toHaveLength(2);
  } finally {
    stop();
  }
  const [known, decoy] = verified;
  expect(argon2Params(known)).toEqual(OWASP_ARGON2);
  expect(argon2Params(decoy)).toEqual(OWASP_ARGON2);
  expect(decoy).not.toBe(known);
});

it('still signs in with the right password after failures below the threshold', async () => {
  const { email } = t.users.CONSORTIUM_COORDINATOR;
  expect((await attemptLogin(api, email, TEST_PASSWORD)).errors).toBeUndefined();
});
