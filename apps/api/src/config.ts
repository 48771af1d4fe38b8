import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { AuthConfig } from '@bridgeway/api-auth';

export interface ApiConfig {
  port: number;
  production: boolean;
  /** Built web client served at /, or undefined to serve the API only. */
  webDir?: string;
  seedDemo: boolean;
  auth: AuthConfig;
}

type Env = Record<string, string | undefined>;

const int = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);

/** Reads the environment once at start-up; everything else receives this object. */
export function loadConfig(env: Env = process.env): ApiConfig {
  const production = env.NODE_ENV === 'production';
  if (production && !env.JWT_SECRET) throw new Error('JWT_SECRET must be set in production');
  return {
    port: int(env.PORT, 3000),
    production,
    webDir: env.BRIDGEWAY_WEB_DIR ?? path.resolve('dist/apps/web'),
    seedDemo: !production && env.BRIDGEWAY_SEED_DEMO !== 'false',
    auth: {
      // Without JWT_SECRET (development) each start signs with a fresh key; sessions survive through the refresh cookie.
      jwtSecret: env.JWT_SECRET ?? randomBytes(32).toString('base64url'),
      accessTokenTtlSeconds: int(env.ACCESS_TOKEN_TTL_SECONDS, 15 * 60),
      refreshTokenTtlSeconds: int(env.REFRESH_TOKEN_TTL_SECONDS, 14 * 24 * 3600),
      lockoutThreshold: int(env.LOGIN_LOCKOUT_THRESHOLD, 5),
      lockoutSeconds: int(env.LOGIN_LOCKOUT_SECONDS, 15 * 60),
      loginThrottleLimit: int(env.LOGIN_THROTTLE_LIMIT, 20),
      loginThrottleWindowSeconds: int(env.LOGIN_THROTTLE_WINDOW_SECONDS, 60),
      secureCookies: production,
    },
  };
}
