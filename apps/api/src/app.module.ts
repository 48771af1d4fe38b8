import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuthModule } from '@bridgeway/api-auth';
import { ObservabilityModule } from '@bridgeway/api-observability';
import { RedisModule } from '@bridgeway/api-redis';
import { PersonalDataCatalogModule, type OrmConfigOptions } from '@bridgeway/api-database';
import { API_MODULES, PERSONAL_DATA_CATALOG, apiOrmConfig } from '@bridgeway/api-registry';
import type { ApiConfig } from './config.js';
import { graphqlOptions } from './graphql.options.js';
import { HealthController } from './health.controller.js';

/** Composition root: the ORM, GraphQL, auth and every library of the registry; holds no domain logic. */
@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, databaseUrl: string, orm: Partial<OrmConfigOptions> = {}, extraModules: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        MikroOrmModule.forRoot({ ...apiOrmConfig({ ...orm, clientUrl: databaseUrl }), registerRequestContext: true }),
        GraphQLModule.forRoot(graphqlOptions(config.production, config.queryLimits)),
        ObservabilityModule.forRoot(config.observability),
        RedisModule.forRoot(config.redisUrl, config.redisKeyPrefix),
        AuthModule.forRoot(config.auth),
        PersonalDataCatalogModule.forRoot(PERSONAL_DATA_CATALOG),
        ...API_MODULES,
        ...extraModules,
      ],
      controllers: [HealthController],
    };
  }
}
