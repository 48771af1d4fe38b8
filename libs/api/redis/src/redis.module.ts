import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';

/** The process's Redis connection, or null without REDIS_URL (one process: everything in memory). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
export type RedisClient = Redis | null;

/**
 * What several API instances must share lives in Redis when REDIS_URL is set (export jobs, sign-in
 * throttling and lockout); without it each store keeps its in-memory implementation, and the
 * embedded default needs no Redis.
 */
@Global()
@Module({})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly client: RedisClient) {}

  /** `keyPrefix`: several deployments (or test runs) can share one Redis without sharing keys. */
  static forRoot(url: string | undefined, keyPrefix = 'bridgeway:'): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS_CLIENT,
          useFactory: (): RedisClient =>
            url
              ? new Redis(url, {
                  // Fail a command fast while Redis is away instead of queueing it for minutes.
                  maxRetriesPerRequest: 2,
                  connectTimeout: 2_000,
                  keyPrefix,
                })
              : null,
        },
      ],
      exports: [REDIS_CLIENT],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.quit().catch(() => undefined);
  }
}

/** Redis answers PING within `timeoutMs` (readiness probe). */
export async function redisReachable(client: Redis, timeoutMs = 2_000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([client.ping().then((answer) => answer === 'PONG', () => false), timeout]);
}
