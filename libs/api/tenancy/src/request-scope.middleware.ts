import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { runInRequestScope } from './request-scope.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/**
 * Opens the request scope (AsyncLocalStorage). The server always makes the request id it
 * stores and echoes (a client-chosen id could be forged onto other users' audit rows);
 * a well-formed client id is kept apart as `clientRequestId` for correlating logs.
 */
export function requestScopeMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const clientRequestId = incoming && REQUEST_ID.test(incoming) ? incoming : undefined;
  const requestId = randomUUID();
  res.setHeader('x-request-id', requestId);
  runInRequestScope(next, requestId, clientRequestId);
}
