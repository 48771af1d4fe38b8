import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';
import type { AuthConfig } from '@bridgeway/api-auth';
import type { ObservabilityOptions } from '@bridgeway/api-observability';
import { queryLimitsFromEnv, type QueryLimits } from '@bridgeway/api-query-limits';

export interface ApiConfig {
  port: number;
  production: boolean;
  /** Built web client served at /, or undefined to serve the API only. */
  webDir?: string;
  seedDemo: boolean;
  /** Apply pending migrations before serving (MIGRATE_ON_START, default true). */
  migrateOnStart: boolean;
  /** REDIS_URL: state several instances share (export jobs, sign-in limits); unset = in memory. */
  redisUrl?: string;
  /** REDIS_KEY_PREFIX: namespace of this deployment's keys (default `bridgeway:`). */
  redisKeyPrefix?: string;
  /** Express's 'trust proxy': which proxies' X-Forwarded-For gives the client address (sign-in throttle). */
  trustProxy: TrustProxy;
  auth: AuthConfig;
  /** Query size and cost limits (QUERY_MAX_*; docs/api-limits.md). */
  queryLimits: QueryLimits;
  /** Logs and metrics (docs/operations.md). */
  observability: ObservabilityOptions;
}

type Env = Record<string, string | undefined>;

const int = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);

/** A hop count, `false`, or Express's list of names/addresses/CIDRs ('loopback', '10.0.0.0/8, 192.168.1.5'). */
export type TrustProxy = number | false | string;

/** TRUST_PROXY; `true` (trust every hop) is refused: any client could then choose its own address. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim();
  if (!text) return 'loopback';
  if (/^\d+$/.test(text)) return Number(text);
  if (text === 'false') return false;
  if (text === 'true') throw new Error('TRUST_PROXY=true would let any client choose its address: give the number of proxies in front of the API or their addresses');
  const unreadable = text.split(',').map((item) => item.trim()).filter((item) => !isProxyAddress(item));
  if (unreadable.length) throw new Error(`TRUST_PROXY: not an address, CIDR or loopback/linklocal/uniquelocal: ${unreadable.join(', ')}`);
  return text;
}

/** What Express (proxy-addr) reads in a list: a preset name, an IP, or IP/prefix-length or IP/netmask. */
function isProxyAddress(item: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(item)) return true;
  const [ip, range, ...rest] = item.split('/');
  const version = isIP(ip);
  if (!version || rest.length) return false;
  if (range === undefined) return true;
  return /^\d+$/.test(range) ? Number(range) <= (version === 4 ? 32 : 128) : isIP(range) === version;
}

const PLACEHOLDER_SECRET = /change.?me|replace.?me|placeholder|your.?(jwt.?)?secret|example/i;

/** Refuses a JWT_SECRET too short or too regular to resist guessing (32+ characters, varied, not a placeholder). */
export function assertStrongJwtSecret(secret: string): void {
  if (secret.length < 32 || new Set(secret).size < 10 || PLACEHOLDER_SECRET.test(secret)) {
    throw new Error('JWT_SECRET is too weak for production: use at least 32 random characters (e.g. `openssl rand -base64 48`), not a placeholder or a repeated pattern');
  }
}

/** Reads the environment once at start-up; everything else receives this object. */
export function loadConfig(env: Env = process.env): ApiConfig {
  const production = env.NODE_ENV === 'production';
  if (production) {
    if (!env.JWT_SECRET) throw new Error('JWT_SECRET must be set in production');
    assertStrongJwtSecret(env.JWT_SECRET);
  }
  return {
    port: int(env.PORT, 3000),
    production,
    webDir: env.BRIDGEWAY_WEB_DIR ?? path.resolve('dist/apps/web'),
    seedDemo: !production && env.BRIDGEWAY_SEED_DEMO !== 'false',
    migrateOnStart: env.MIGRATE_ON_START !== 'false',
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...(env.REDIS_KEY_PREFIX ? { redisKeyPrefix: env.REDIS_KEY_PREFIX } : {}),
    queryLimits: queryLimitsFromEnv(env),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    observability: {
      production,
      logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
      ...(env.METRICS_TOKEN ? { metricsToken: env.METRICS_TOKEN } : {}),
    },
    auth: {
      // Without JWT_SECRET (development) each start signs with a fresh key; sessions survive through the refresh cookie.
      jwtSecret: env.JWT_SECRET ?? randomBytes(32).toString('base64url'),
      accessTokenTtlSeconds: int(env.ACCESS_TOKEN_TTL_SECONDS, 15 * 60),
      refreshTokenTtlSeconds: int(env.REFRESH_TOKEN_TTL_SECONDS, 14 * 24 * 3600),
      sessionMaxLifetimeSeconds: int(env.SESSION_MAX_LIFETIME_SECONDS, 12 * 3600),
      lockoutThreshold: int(env.LOGIN_LOCKOUT_THRESHOLD, 5),
      lockoutSeconds: int(env.LOGIN_LOCKOUT_SECONDS, 15 * 60),
      loginThrottleLimit: int(env.LOGIN_THROTTLE_LIMIT, 20),
      loginThrottleWindowSeconds: int(env.LOGIN_THROTTLE_WINDOW_SECONDS, 60),
      secureCookies: production,
      // Encrypts TOTP secrets at rest. Falls back to JWT_SECRET (required and stable in production); the development
      // fallback is fixed so enrolments survive restarts (JWT_SECRET is random there). See docs/security.md.
      mfaEncryptionKey: env.MFA_ENCRYPTION_KEY ?? env.JWT_SECRET ?? 'bridgeway-development-only-mfa-key',
    },
  };
}
