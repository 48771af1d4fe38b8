import type { NextFunction, Request, Response } from 'express';
import { currentScope } from '@bridgeway/api-tenancy';
import { requestDuration } from './metrics.js';
import { operationLabel } from './operation-label.js';
import { outcomeOf, startRecord } from './request-outcome.js';

/**
 * Runs right after the request scope opens: keeps the scope (the actor is filled in later) where
 * the response's `finish` event can read it — that event fires outside the request's async context —
 * and observes the request's latency by operation and outcome.
 */
export function requestRecordMiddleware(req: Request, res: Response, next: NextFunction): void {
  const record = startRecord(res, currentScope());
  // Read now: mounted handlers (Apollo's) rewrite req.url while they run.
  const route = req.path === '/graphql' ? null : routeLabel(req.path);
  res.once('finish', () => {
    const seconds = Number(process.hrtime.bigint() - record.startedAt) / 1e9;
    const operation = route ?? operationLabel(record.operation);
    requestDuration.observe({ operation, outcome: outcomeOf(res, record) }, seconds);
  });
  next();
}

/** Non-GraphQL routes by their fixed prefix only: ids in paths must not become labels. */
function routeLabel(path: string): string {
  if (path.startsWith('/health')) return 'health';
  if (path.startsWith('/api/exports')) return 'export_download';
  if (path === '/metrics') return 'metrics';
  return 'static';
}
