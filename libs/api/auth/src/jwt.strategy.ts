import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AUTH_CONFIG, type AccessTokenClaims, type AuthConfig } from './auth.config.js';

/** Bearer access tokens (HS256, short-lived). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(AUTH_CONFIG) config: AuthConfig) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret, algorithms: ['HS256'], ignoreExpiration: false });
  }

  /** The verified claims; the access guard reads the user in the request's transaction. */
  validate(claims: AccessTokenClaims): AccessTokenClaims {
    return claims;
  }
}
