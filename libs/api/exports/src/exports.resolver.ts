import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { StartExportInput } from './dto/start-export.input.js';
import { ExportJobType } from './export-job.type.js';
import type { ExportJobRecord } from './jobs/job-store.js';
import { ExportJobsService } from './jobs/export-jobs.service.js';

/** The roles of the queries exported (consortiumOverview, progressReport); each source checks its own again. */
export const EXPORT_ROLES = [Role.CONSORTIUM_COORDINATOR, Role.MANAGER] as const;

/** What the API shows of a job: never the file itself (GET /api/exports/:id/file). */
function toType({ id, kind, format, status, progress, fileName, error, createdAt }: ExportJobRecord): ExportJobType {
  return Object.assign(new ExportJobType(), { id, kind, format, status, progress, fileName, error, createdAt });
}

@Resolver(() => ExportJobType)
export class ExportsResolver {
  constructor(private readonly jobs: ExportJobsService) {}

  @Roles(...EXPORT_ROLES)
  @Mutation(() => ExportJobType, {
    description:
      'Starts an export in the background (poll exportJob, then GET /api/exports/:id/file). NOT_FOUND for a target the caller does not see; CONFLICT EXPORT_LIMIT_REACHED with too many exports running',
  })
  async startExport(@Args('input') input: StartExportInput): Promise<ExportJobType> {
    return toType(await this.jobs.start(input));
  }

  @Roles(...EXPORT_ROLES)
  @Query(() => ExportJobType, { nullable: true, description: "The caller's own export job; another's, or one past its 15 minutes, is NOT_FOUND" })
  async exportJob(@Args('id', { type: () => ID }) id: string): Promise<ExportJobType> {
    return toType(await this.jobs.find(id));
  }
}
