import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AUTH_CONFIG, type AccessTokenClaims, type AuthConfig } from './auth.config.js';

/** Bearer access tokens (HS256, short-lived). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(AUTH_CONFIG) config: AuthConfig) {
    // A KeyObject made once: given a string, jsonwebtoken first tries (and fails) to parse it as a
    // public key on every verification, a measurable share of a request's CPU (issue 8).
    const key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string;
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, algorithms: ['HS256'], ignoreExpiration: false });
  }

  /** The verified claims; the access guard reads the user in the request's transaction. */
  validate(claims: AccessTokenClaims): AccessTokenClaims {
    return claims;
  }
}
