import { Module } from '@nestjs/common';
import { ConsortiaModule, ConsortiumSeriesService } from '@bridgeway/api-consortia';
import { PlansModule } from '@bridgeway/api-plans';
import { EXPORT_SOURCES, type ExportSource } from './export-source.js';
import { ExportsController } from './exports.controller.js';
import { ExportsResolver } from './exports.resolver.js';
import { ExportJobsService } from './jobs/export-jobs.service.js';
import { InMemoryJobStore, JOB_STORE } from './jobs/job-store.js';
import { ConsortiumOverviewSource } from './sources/consortium-overview.source.js';
import { ProgressReportSource } from './sources/progress-report.source.js';

/** Export jobs (CSV, XLSX, PDF) of the consortium overview and the progress report; no tables of its own. */
@Module({
  imports: [ConsortiaModule, PlansModule],
  controllers: [ExportsController],
  providers: [
    ExportJobsService,
    ExportsResolver,
    ConsortiumSeriesService,
    ConsortiumOverviewSource,
    ProgressReportSource,
    // One line per kind: a source registered here is an export kind.
    { provide: EXPORT_SOURCES, useFactory: (...sources: ExportSource[]) => sources, inject: [ConsortiumOverviewSource, ProgressReportSource] },
    // In memory, one API process; issue 14 swaps in Redis behind the same JobStore interface.
    { provide: JOB_STORE, useFactory: () => new InMemoryJobStore() },
  ],
  exports: [ExportJobsService],
})
export class ExportsModule {}
