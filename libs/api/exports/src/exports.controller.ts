import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '@bridgeway/api-common';
import { finishRequest } from '@bridgeway/api-tenancy';
import { HttpApiErrorFilter } from './http-error.filter.js';
import { ExportJobsService } from './jobs/export-jobs.service.js';
import { EXPORT_ROLES } from './exports.resolver.js';

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The file of a finished export. Authenticated like /graphql: the global AccessGuard verifies the
 * bearer token the web client sends (Authorization header), checks @Roles and opens the request's
 * transaction, which this route commits itself (no Apollo plugin runs here). Only the job's owner
 * gets the file; anyone else gets 404, as for an unknown id.
 */
@Controller('api/exports')
@UseFilters(HttpApiErrorFilter)
export class ExportsController {
  constructor(private readonly jobs: ExportJobsService) {}

  @Roles(...EXPORT_ROLES)
  @Get(':id/file')
  async file(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const file = await this.jobs.file(id);
    await finishRequest();
    res
      .status(200)
      .setHeader('Content-Type', file.contentType)
      .setHeader('Content-Disposition', contentDisposition(file.fileName))
      .setHeader('Content-Length', String(file.content.length))
      .setHeader('Cache-Control', 'private, no-store')
      .end(file.content);
  }
}
