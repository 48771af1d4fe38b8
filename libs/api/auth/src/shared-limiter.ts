import { RateLimiterMemory, RateLimiterRedis, type IRateLimiterOptions, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClient } from '@bridgeway/api-redis';

/**
 * A rate limiter every API instance shares when Redis is configured (20 attempts spread over two
 * instances count as 20), else this process's own. If Redis fails meanwhile, the limiter falls back
 * to memory (`insuranceLimiter`) rather than letting every attempt through or refusing them all.
 */
export function sharedLimiter(redis: RedisClient, options: IRateLimiterOptions): RateLimiterAbstract {
  if (!redis) return new RateLimiterMemory(options);
  return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
}
