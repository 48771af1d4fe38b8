import { Module } from '@nestjs/common';
import { ConsortiaModule, ConsortiumSeriesService } from '@bridgeway/api-consortia';
import { PlansModule } from '@bridgeway/api-plans';
import { PrivacyModule } from '@bridgeway/api-privacy';
import { REDIS_CLIENT, type RedisClient } from '@bridgeway/api-redis';
import { EXPORT_SOURCES, type ExportSource } from './export-source.js';
import { ExportsController } from './exports.controller.js';
import { ExportsResolver } from './exports.resolver.js';
import { ExportJobsService } from './jobs/export-jobs.service.js';
import { InMemoryJobStore, JOB_STORE } from './jobs/job-store.js';
import { RedisJobStore } from './jobs/redis-job-store.js';
import { ConsortiumOverviewSource } from './sources/consortium-overview.source.js';
import { PersonalDataSource } from './sources/personal-data.source.js';
import { ProgressReportSource } from './sources/progress-report.source.js';

/** Export jobs (CSV, XLSX, PDF) of the consortium overview and the progress report, and a person's data (PDF, JSON; GDPR art. 15); no tables of its own. */
@Module({
  imports: [ConsortiaModule, PlansModule, PrivacyModule],
  controllers: [ExportsController],
  providers: [
    ExportJobsService,
    ExportsResolver,
    ConsortiumSeriesService,
    ConsortiumOverviewSource,
    ProgressReportSource,
    PersonalDataSource,
    // One line per kind: a source registered here is an export kind.
    { provide: EXPORT_SOURCES, useFactory: (...sources: ExportSource[]) => sources, inject: [ConsortiumOverviewSource, ProgressReportSource, PersonalDataSource] },
    // With REDIS_URL any instance answers for a job another runs; without it, this process's memory.
    { provide: JOB_STORE, useFactory: (redis: RedisClient) => (redis ? new RedisJobStore(redis) : new InMemoryJobStore()), inject: [REDIS_CLIENT] },
  ],
  exports: [ExportJobsService],
})
export class ExportsModule {}
