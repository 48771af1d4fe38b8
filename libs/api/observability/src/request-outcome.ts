import type { Response } from 'express';
import type { RequestScope } from '@bridgeway/api-tenancy';

/** What the log line and the metrics of one request need, kept on `res.locals` by this library. */
export interface RequestRecord {
  scope?: RequestScope;
  startedAt: bigint;
  /** The GraphQL operation's name, as resolved by Apollo. */
  operation?: string | null;
  /** `extensions.code` of every error in the response, in order. */
  errorCodes?: string[];
}

const KEY = 'bridgewayRequest';

export function recordOf(res: Response): RequestRecord | undefined {
  return res.locals[KEY] as RequestRecord | undefined;
}

export function startRecord(res: Response, scope: RequestScope | undefined): RequestRecord {
  const record: RequestRecord = { scope, startedAt: process.hrtime.bigint() };
  res.locals[KEY] = record;
  return record;
}

/** "ok", the first GraphQL error code, or "http_<status>" for a failure outside GraphQL. */
export function outcomeOf(res: Response, record: RequestRecord | undefined): string {
  const code = record?.errorCodes?.[0];
  if (code) return /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER';
  return res.statusCode < 400 ? 'ok' : `http_${res.statusCode}`;
}
