import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '@bridgeway/api-tenancy';
import { AUTH_CONFIG, type AccessTokenClaims, type AuthConfig } from './auth.config.js';
import { AuthService } from './auth.service.js';

/** Bearer access tokens (HS256, short-lived). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(AUTH_CONFIG) config: AuthConfig,
    private readonly auth: AuthService,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret, algorithms: ['HS256'], ignoreExpiration: false });
  }

  validate(claims: AccessTokenClaims): Promise<Actor> {
    return this.auth.actorFromClaims(claims);
  }
}
