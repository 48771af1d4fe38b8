import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@bridgeway/api-common';
import { metricsRegistry } from './metrics.js';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from './observability.options.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Prometheus's scrape target. Never public: with METRICS_TOKEN set, only `Authorization: Bearer
 * <token>` gets in; without it, only a direct connection from this host outside production (no
 * X-Forwarded-For: a reverse proxy on this host would otherwise make every visitor "local").
 */
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(OBSERVABILITY_OPTIONS) private readonly options: ObservabilityOptions) {}

  @Public()
  @Get()
  async metrics(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!this.allowed(req)) {
      res.status(this.options.metricsToken || !this.options.production ? 401 : 404).json({ error: 'metrics are not public' });
      return;
    }
    res.setHeader('Content-Type', metricsRegistry.contentType);
    res.send(await metricsRegistry.metrics());
  }

  private allowed(req: Request): boolean {
    const token = this.options.metricsToken;
    if (token) {
      const header = req.header('authorization') ?? '';
      return header.startsWith('Bearer ') && sameSecret(header.slice('Bearer '.length), token);
    }
    return !this.options.production && LOOPBACK.has(req.socket.remoteAddress ?? '') && !req.header('x-forwarded-for');
  }
}
