import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';
import { AccessGuard } from './access.guard.js';
import { AccountLockout } from './account-lockout.js';
import { ActorCache } from './actor-cache.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
import { RequestTransactionPlugin } from './request-transaction.plugin.js';
import { UnknownEmailLockout } from './unknown-email-lockout.js';
import { MfaResolver } from './mfa.resolver.js';
import { MfaService } from './mfa.service.js';
import { MfaTickets } from './mfa-ticket.js';

/** Sign-in (with its optional second factor), sessions and the global access guard. */
@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [
        OrganisationsModule,
        PassportModule,
        JwtModule.register({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
      ],
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
        AuthService,
        ActorCache,
        RefreshTokensService,
        AccountLockout,
        UnknownEmailLockout,
        JwtStrategy,
        LocalStrategy,
        AuthResolver,
        LoginRateLimitGuard,
        RequestTransactionPlugin,
        MfaService,
        MfaTickets,
        MfaResolver,
      ],
      exports: [AuthService, AUTH_CONFIG],
    };
  }
}
