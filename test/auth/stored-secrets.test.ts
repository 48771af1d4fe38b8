import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { UsersService, decoyHash } from '@bridgeway/api-organisations';
import { Role } from '@bridgeway/shared-domain';
import type { TestApi } from '../support/api.js';
import { apiSuite } from '../support/suites.js';
import type { TestTenant } from '../support/tenants.js';
import { ownerQuery } from '../support/stored.js';
import { argon2Params, OWASP_ARGON2 } from './helpers.js';

/** What the database holds of credentials: refresh tokens only as SHA-256, passwords as argon2id with OWASP's parameters. */
let owner: MikroORM;
let api: TestApi;
let t: TestTenant;

apiSuite('stored', { LOGIN_THROTTLE_LIMIT: '1000' }, (suite) => ({ owner, api, t } = suite));

it('stores a refresh token only as the SHA-256 of its secret', async () => {
  const { cookie } = await api.login(t.users.MANAGER.email);
  const value = cookie.slice('bw_refresh='.length);
  const [, tokenId, secret] = value.split('.');
  const rows = await ownerQuery(owner, t.id, 'select * from refresh_token where user_id = ?', [t.users.MANAGER.id]);
  expect(rows).toHaveLength(1);
  const stored = JSON.stringify(rows);
  expect(stored).not.toContain(secret);
  expect(stored).not.toContain(decodeURIComponent(value));
  expect(rows[0].id).toBe(tokenId);
  expect(rows[0].secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
});

it('stores passwords as argon2id with 19 MiB, 2 iterations, 1 lane (read back from the stored hash)', async () => {
  const user = await api.app.get(UsersService).create(t.id, { email: `new.${t.id.slice(0, 8)}@stored.test`, displayName: 'New', role: Role.COUNSELLOR, password: 'a new password 123' });
  const [row] = await ownerQuery<{ password_hash: string }>(owner, t.id, 'select password_hash from user_account where id = ?', [user.id]);
  expect(argon2Params(row.password_hash)).toEqual(OWASP_ARGON2);
  expect(row.password_hash).not.toContain('a new password 123');
  // The decoy verified for unknown e-mails costs the same.
  expect(argon2Params(await decoyHash())).toEqual(OWASP_ARGON2);
});
