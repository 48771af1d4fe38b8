import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@bridgeway/shared-domain';
import { dataExceptionError, databaseUnavailableError, isDataException, isDatabaseUnavailable } from './driver-error.js';

/**
 * Variable coercion errors (e.g. a Date of 2026-02-30) name the field only in their message:
 * `Variable "$input" got invalid value "2026-02-30" at "input.occurredOn"; Date must be …`.
 * Turn that into `extensions.fields` so clients can show the message next to the field.
 */
function fieldsFromCoercionMessage(message: string): Record<string, string> {
  const match = /got invalid value .*? at "([^"]+)"; (.*)$/s.exec(message);
  if (!match) return {};
  const path = match[1].split('.').slice(1).join('.') || match[1];
  return { [path]: match[2] };
}

const KNOWN = new Set<string>(Object.values(ErrorCode));
// Apollo's codes for a request the client got wrong (an unknown operationName, a persisted-query hash).
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const LIMIT_DETAILS = ['reason', 'limit', 'actual'];

const logger = new Logger('GraphQL');

/** Logs an unexpected error server-side, unless the exception filter already did (its generic error has no cause). */
function logUnexpected(formatted: GraphQLFormattedError, error: unknown): void {
  const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (cause instanceof GraphQLError && cause.message === 'Internal server error') return;
  logger.error(cause instanceof Error ? (cause.stack ?? cause.message) : formatted.message);
}

/**
 * Every error leaves the server with a code from the contract. Unknown failures are
 * reported as INTERNAL_SERVER_ERROR with a generic message, in development too, so no
 * internals (SQL, stack traces, personal data in constraint messages) reach the client.
 * `error` is the original error: field resolvers' driver errors reach only this point
 * (Nest's exception filters run for operations only).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, production: boolean, error?: unknown): GraphQLFormattedError {
  if (isDataException(error)) {
    const { message, extensions } = dataExceptionError();
    return { message, path: formatted.path, extensions };
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn(`Database unavailable: ${formatted.message}`);
    const { message, extensions } = databaseUnavailableError();
    return { message, path: formatted.path, extensions };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (code === ErrorCode.BAD_USER_INPUT && !formatted.extensions?.fields) {
    formatted = { ...formatted, extensions: { ...formatted.extensions, fields: fieldsFromCoercionMessage(formatted.message) } };
  }
  if (KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: production ? extensions : formatted.extensions };
  }
  if (APOLLO_INPUT_CODES.has(code)) {
    // A query-limit refusal (libs/api/query-limits) keeps which limit it exceeded and by how much.
    const limit = Object.fromEntries(LIMIT_DETAILS.filter((key) => formatted.extensions?.[key] !== undefined).map((key) => [key, formatted.extensions?.[key]]));
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: {}, ...limit } };
  }
  logUnexpected(formatted, error);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
