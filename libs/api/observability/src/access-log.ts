import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Response } from 'express';
import type { Params } from 'nestjs-pino';
import { operationLabel } from './operation-label.js';
import { outcomeOf, recordOf } from './request-outcome.js';

const asExpress = (res: ServerResponse) => res as unknown as Response;
// originalUrl: middleware mounted on a path (Nest's, Apollo's) sees its url relative to that path.
const pathOf = (req: IncomingMessage & { originalUrl?: string }) => (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';

/**
 * One JSON line per API request — request id, tenant id, user id, operation, duration, status and
 * outcome — and never a header, a body, a query string, a name or a note: the serializers below
 * are the whole of what a request contributes (test/server/observability.test.ts greps for names).
 */
export function loggerParams(level: string): Params {
  return {
    pinoHttp: {
      level,
      quietReqLogger: true,
      genReqId: (_req, res) => recordOf(asExpress(res))?.scope?.requestId ?? randomUUID(),
      customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
      // Static files and probes would drown the API's lines.
      autoLogging: { ignore: (req) => !/^\/(graphql|api\/)/.test(pathOf(req)) },
      serializers: {
        req: (req: IncomingMessage & { raw?: IncomingMessage }) => ({ method: req.method, path: pathOf((req.raw ?? req) as IncomingMessage) }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
        err: (err: Error) => ({ type: err.name, message: err.message }),
      },
      // Called when the request starts and again when it has finished: only then is the actor known.
      customProps: (req, res) => {
        if (!res.writableFinished) return {};
        const record = recordOf(asExpress(res));
        const actor = record?.scope?.actor;
        return {
          tenantId: actor?.tenantId,
          userId: actor?.userId,
          operation: pathOf(req) === '/graphql' ? operationLabel(record?.operation) : pathOf(req).split('/').slice(0, 3).join('/'),
          outcome: outcomeOf(asExpress(res), record),
        };
      },
      customSuccessMessage: () => 'request completed',
      customErrorMessage: () => 'request failed',
    },
  };
}
