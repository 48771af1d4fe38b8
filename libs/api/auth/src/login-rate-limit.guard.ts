import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { UnauthenticatedError } from '@bridgeway/api-common';
import { AuthFailureReason } from '@bridgeway/shared-domain';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';
import { httpOf } from './execution-context.js';

/**
 * Limits sign-in attempts per client address (in memory per instance; the
 * library's Redis store is the drop-in for several instances). The answer stays
 * within the contract's codes: UNAUTHENTICATED with reason THROTTLED.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  private readonly limiter: RateLimiterMemory;

  constructor(@Inject(AUTH_CONFIG) config: AuthConfig) {
    this.limiter = new RateLimiterMemory({ keyPrefix: 'login', points: config.loginThrottleLimit, duration: config.loginThrottleWindowSeconds });
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
