import { startApi, type TestApi } from '../support/api.js';
import { tenantSuite, type TenantSuite } from '../support/suites.js';
import { TEST_PASSWORD } from '../support/tenants.js';
import { attemptLogin } from './helpers.js';

/**
 * TRUST_PROXY decides whose X-Forwarded-For sets the client address, hence the sign-in
 * throttle bucket. The tests connect from 127.0.0.1, i.e. as a proxy on loopback would.
 * One API at a time: passport strategies are process-wide.
 */
let { t } = {} as TenantSuite;
tenantSuite('proxy', (suite) => ({ t } = suite));

/** Uses up a limit of 2 from one forwarded address, then tries from another. */
async function afterLimit(api: TestApi) {
  const login = (xff: string) => attemptLogin(api, t.users.MANAGER.email, TEST_PASSWORD, { 'x-forwarded-for': xff });
  for (let i = 0; i < 2; i++) expect((await login('198.51.100.1')).errors).toBeUndefined();
  expect((await login('198.51.100.1')).errors?.[0].extensions?.reason).toBe('THROTTLED');
  return login('198.51.100.2');
}

describe.each([
  ['1', true],
  ['loopback', true],
  ['127.0.0.1/8', true],
  ['false', false],
  ['10.0.0.0/8', false],
])('TRUST_PROXY=%s', (trustProxy, honoured) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi({ TRUST_PROXY: trustProxy, LOGIN_THROTTLE_LIMIT: '2', LOGIN_THROTTLE_WINDOW_SECONDS: '60' });
  });

  afterAll(() => api?.close());

  it(honoured ? 'takes the client address from X-Forwarded-For: another address has its own bucket' : 'ignores X-Forwarded-For: every request from the proxy shares one bucket', async () => {
    const other = await afterLimit(api);
    if (honoured) expect(other.errors).toBeUndefined();
    else expect(other.errors?.[0].extensions?.reason).toBe('THROTTLED');
  });
});
