import { Inject, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams } from './access-log.js';
import { MetricsController } from './metrics.controller.js';
import { registerPoolStats } from './metrics.js';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from './observability.options.js';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Structured logs (pino) and Prometheus metrics (docs/operations.md). */
@Module({})
export class ObservabilityModule implements OnModuleInit {
  constructor(@Inject(EntityManager) private readonly em: EntityManager) {}

  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(options.logLevel))],
      controllers: [MetricsController],
      providers: [{ provide: OBSERVABILITY_OPTIONS, useValue: options }],
    };
  }

  onModuleInit(): void {
    registerPoolStats(async () => {
      const pool = (await this.em.getConnection().getNativeClient()) as unknown as PgPool;
      return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
    });
  }
}
