import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuthModule } from '@bridgeway/api-auth';
import { createOrmConfig } from '@bridgeway/api-database';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import type { ApiConfig } from './config.js';
import { graphqlOptions } from './graphql.options.js';
import { HealthController } from './health.controller.js';

/** Composition root: wires the feature libraries; holds no domain logic. */
@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        MikroOrmModule.forRoot({ ...createOrmConfig({ clientUrl: databaseUrl }), registerRequestContext: true }),
        GraphQLModule.forRoot(graphqlOptions(config.production)),
        AuthModule.forRoot(config.auth),
        OrganisationsModule,
      ],
      controllers: [HealthController],
    };
  }
}
