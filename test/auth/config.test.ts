import { randomBytes } from 'node:crypto';
import { loadConfig, parseTrustProxy } from '../../apps/api/src/config.js';

/** Sign-in and session settings as shipped, and the checks loadConfig makes at start. */
const STRONG = randomBytes(32).toString('base64url');

it('ships the documented lockout, throttle and session defaults', () => {
  const { auth, trustProxy } = loadConfig({});
  expect(auth).toMatchObject({
    lockoutThreshold: 5,
    lockoutSeconds: 15 * 60,
    loginThrottleLimit: 20,
    loginThrottleWindowSeconds: 60,
    accessTokenTtlSeconds: 15 * 60,
    refreshTokenTtlSeconds: 14 * 24 * 3600,
    sessionMaxLifetimeSeconds: 12 * 3600,
  });
  expect(trustProxy).toBe('loopback');
  expect(loadConfig({ SESSION_MAX_LIFETIME_SECONDS: '3600' }).auth.sessionMaxLifetimeSeconds).toBe(3600);
});

describe('JWT_SECRET in production', () => {
  const production = (secret: string) => () => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret });

  it.each([
    ['too short', 'k3J9x!vQ2mZ7'],
    ['31 characters', STRONG.slice(0, 31)],
    ['one repeated character', 'a'.repeat(64)],
    ['a repeated pattern', 'ab12'.repeat(16)],
    ['a placeholder', 'change-me-to-a-long-random-string-please'],
    ['a placeholder', 'your-jwt-secret-goes-here-0123456789'],
  ])('refuses %s', (_what, secret) => {
    expect(production(secret)).toThrow(/JWT_SECRET is too weak/);
  });

  it('accepts 32 random bytes, and checks nothing outside production', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: STRONG }).auth.jwtSecret).toBe(STRONG);
    expect(loadConfig({ NODE_ENV: 'development', JWT_SECRET: 'dev' }).auth.jwtSecret).toBe('dev');
  });
});

describe('TRUST_PROXY', () => {
  it('reads a hop count, false, or Express address lists; loopback by default', () => {
    expect(parseTrustProxy(undefined)).toBe('loopback');
    expect(parseTrustProxy('')).toBe('loopback');
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.5')).toBe('10.0.0.0/8, 192.168.1.5');
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('refuses true, which would let any client choose its own address', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it('refuses at start what Express could not read, naming it', () => {
    expect(() => parseTrustProxy('loopback, proxy.internal')).toThrow(/TRUST_PROXY.*proxy\.internal/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/TRUST_PROXY/);
    expect(parseTrustProxy('fd00::/8, 10.0.0.0/255.0.0.0, uniquelocal')).toBe('fd00::/8, 10.0.0.0/255.0.0.0, uniquelocal');
  });
});
