import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { REDIS_CLIENT, type RedisClient } from '@bridgeway/api-redis';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';
import type { LockState } from './account-lockout.js';
import { sharedLimiter } from './shared-limiter.js';

/**
 * Failures an existing account would count (AccountLockout), counted for e-mails with no
 * active account, so both "lock" after the same number of attempts for the same time and
 * the answers do not reveal which e-mails exist. Shared by every instance through Redis when
 * REDIS_URL is set (else in this process's memory), keyed by the normalised e-mail; a count is forgotten after a day (bounding memory), which only an
 * attacker spacing attempts more than a day apart could notice.
 */
@Injectable()
export class UnknownEmailLockout {
  private readonly limiter: RateLimiterAbstract;

  constructor(@Inject(AUTH_CONFIG) config: AuthConfig, @Inject(REDIS_CLIENT) redis: RedisClient) {
    // The failure over `points` is the threshold-th one: it is refused and blocks the key.
    this.limiter = sharedLimiter(redis, {
      keyPrefix: 'login-unknown',
      points: config.lockoutThreshold - 1,
      duration: 24 * 3600,
      blockDuration: config.lockoutSeconds,
    });
  }

  async lockState(email: string): Promise<LockState> {
    const res = await this.limiter.get(email);
    return res && res.consumedPoints > this.limiter.points ? seconds(res) : null;
  }

  async recordFailure(email: string): Promise<LockState> {
    try {
      await this.limiter.consume(email);
      return null;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return seconds(rejection);
    }
  }
}

const seconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));
