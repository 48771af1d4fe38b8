import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@bridgeway/shared-domain';

const KNOWN = new Set<string>(Object.values(ErrorCode));
const APOLLO_INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/**
 * Every error leaves the server with a code from the contract. Unknown failures are
 * reported as INTERNAL_SERVER_ERROR with a generic message so no internals (SQL,
 * stack traces, personal data in constraint messages) reach the client.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: production ? extensions : formatted.extensions };
  }
  if (APOLLO_INPUT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: {} } };
  }
  return {
    message: production ? 'Internal server error' : formatted.message,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(production ? {} : { stacktrace: formatted.extensions?.stacktrace }) },
  };
}
