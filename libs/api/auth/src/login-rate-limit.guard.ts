import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { UnauthenticatedError } from '@bridgeway/api-common';
import { REDIS_CLIENT, type RedisClient } from '@bridgeway/api-redis';
import { AuthFailureReason } from '@bridgeway/shared-domain';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';
import { httpOf } from './execution-context.js';
import { sharedLimiter } from './shared-limiter.js';

/**
 * Limits sign-in attempts per client address, across every instance when REDIS_URL is set
 * (sharedLimiter). The answer stays within the contract's codes: UNAUTHENTICATED with reason THROTTLED.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  private readonly limiter: RateLimiterAbstract;

  constructor(@Inject(AUTH_CONFIG) config: AuthConfig, @Inject(REDIS_CLIENT) redis: RedisClient) {
    this.limiter = sharedLimiter(redis, { keyPrefix: 'login', points: config.loginThrottleLimit, duration: config.loginThrottleWindowSeconds });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { req } = httpOf(context);
    try {
      await this.limiter.consume(req.ip ?? 'unknown');
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw new UnauthenticatedError('Too many sign-in attempts; wait a moment and try again', AuthFailureReason.THROTTLED, {
        retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000),
      });
    }
  }
}
