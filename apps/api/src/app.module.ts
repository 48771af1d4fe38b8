import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuthModule } from '@bridgeway/api-auth';
import { createOrmConfig, type OrmConfigOptions } from '@bridgeway/api-database';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { AuditModule } from '@bridgeway/api-audit';
import { ResidencesModule } from '@bridgeway/api-residences';
import { ResidentsModule } from '@bridgeway/api-residents';
import { StaysModule } from '@bridgeway/api-stays';
import { RelativesModule } from '@bridgeway/api-relatives';
import { CounsellingModule } from '@bridgeway/api-counselling';
import { GoalsModule } from '@bridgeway/api-goals';
import { AssessmentsModule } from '@bridgeway/api-assessments';
import type { ApiConfig } from './config.js';
import { graphqlOptions } from './graphql.options.js';
import { HealthController } from './health.controller.js';

/** Composition root: wires the feature libraries; holds no domain logic. */
@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, databaseUrl: string, orm: Partial<OrmConfigOptions> = {}, extraModules: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        MikroOrmModule.forRoot({ ...createOrmConfig({ ...orm, clientUrl: databaseUrl }), registerRequestContext: true }),
        GraphQLModule.forRoot(graphqlOptions(config.production, config.queryLimits)),
        AuthModule.forRoot(config.auth),
        OrganisationsModule,
        AuditModule,
        ResidencesModule,
        ResidentsModule,
        StaysModule,
        RelativesModule,
        CounsellingModule,
        GoalsModule,
        AssessmentsModule,
        ...extraModules,
      ],
      controllers: [HealthController],
    };
  }
}
