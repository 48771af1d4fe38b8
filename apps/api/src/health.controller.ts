import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { Public, RETRY_AFTER_SECONDS } from '@bridgeway/api-common';
import { REDIS_CLIENT, redisReachable, type RedisClient } from '@bridgeway/api-redis';
import { API_SCHEMA } from '@bridgeway/api-registry';

/** A readiness probe that waits longer than this is itself a failure: the database is not answering. */
const PROBE_TIMEOUT_MS = 2_000;

type Check = 'up' | 'down' | 'applied' | 'pending' | 'unknown';

const withTimeout = <T>(work: Promise<T>): Promise<T> =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS).unref())]);

/**
 * Probes for load balancers and orchestrators (docs/operations.md):
 * - `/health/live`: the process answers (restart it if not); never touches the database.
 * - `/health/ready`: send traffic here only if the database answers and has every migration this
 *   build knows, and Redis answers when REDIS_URL is set; 503 with Retry-After otherwise.
 * - `/health`: the original combined check, kept for `npm start` users and existing monitors.
 */
@Controller('health')
export class HealthController {
  private readonly expectedMigrations = API_SCHEMA.migrations.map((m) => m.name);

  constructor(
    private readonly em: EntityManager,
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
  ) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const database = await this.database();
    res.status(database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(database === 'up' ? { status: 'ok', database } : { status: 'degraded', database });
  }

  @Public()
  @Get('live')
  live(@Res() res: Response): void {
    res.status(HttpStatus.OK).json({ status: 'live' });
  }

  @Public()
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const database = await this.database();
    const migrations = database === 'up' ? await this.migrations() : 'unknown';
    const redis = this.redis ? ((await redisReachable(this.redis, PROBE_TIMEOUT_MS)) ? 'up' : 'down') : null;
    const ready = database === 'up' && migrations === 'applied' && redis !== 'down';
    if (!ready) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    const checks = { database, migrations, ...(redis ? { redis } : {}) };
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ready ? 'ready' : 'not ready', checks });
  }

  private async database(): Promise<Check> {
    try {
      await withTimeout(this.em.fork().getConnection().execute('select 1'));
      return 'up';
    } catch {
      return 'down';
    }
  }

  /** The app role may read the applied migrations' names (and nothing else of that table). */
  private async migrations(): Promise<Check> {
    try {
      const rows = await withTimeout(this.em.fork().getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations'));
      const applied = new Set(rows.map((row) => row.name));
      return this.expectedMigrations.every((name) => applied.has(name)) ? 'applied' : 'pending';
    } catch {
      return 'unknown';
    }
  }
}
