import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { runInRequestScope } from './request-scope.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Opens the request scope (AsyncLocalStorage) and echoes a request id for the audit trail and logs. */
export function requestScopeMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  runInRequestScope(next, requestId);
}
