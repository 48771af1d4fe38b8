import type { Response } from 'express';
import type { UsersService } from '@bridgeway/api-organisations';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH, type AuthConfig } from './auth.config.js';
import type { AuthPayload } from './auth.dto.js';
import type { IssuedSession } from './auth.service.js';

/** Sets the httpOnly refresh cookie of a new or rotated session and answers with its access token. */
export async function respondWithSession(session: IssuedSession, res: Response, config: AuthConfig, users: UsersService): Promise<AuthPayload> {
  res.cookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookies,
    path: REFRESH_COOKIE_PATH,
    maxAge: config.refreshTokenTtlSeconds * 1000,
  });
  return { accessToken: session.accessToken, user: await users.toGraphQL(session.user) };
}
