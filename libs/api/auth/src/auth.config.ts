/** Settings of sign-in and sessions; defaults follow OWASP's session guidance. */
export interface AuthConfig {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Absolute limit of one sign-in: refresh rotation never extends a session past it. */
  sessionMaxLifetimeSeconds: number;
  /** Failed sign-ins in a row before the account is locked. */
  lockoutThreshold: number;
  lockoutSeconds: number;
  /** Sign-in attempts per client address per window. */
  loginThrottleLimit: number;
  loginThrottleWindowSeconds: number;
  secureCookies: boolean;
  /** Key material for the AES-256-GCM encryption of TOTP secrets (MFA_ENCRYPTION_KEY, else JWT_SECRET). */
  mfaEncryptionKey: string;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

export const REFRESH_COOKIE = 'bw_refresh';
export const REFRESH_COOKIE_PATH = '/graphql';

export interface AccessTokenClaims {
  sub: string;
  tid: string;
  role: string;
}
