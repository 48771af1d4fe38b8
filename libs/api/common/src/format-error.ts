import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@bridgeway/shared-domain';

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
const APOLLO_INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/**
 * Every error leaves the server with a code from the contract. Unknown failures are
 * reported as INTERNAL_SERVER_ERROR with a generic message so no internals (SQL,
 * stack traces, personal data in constraint messages) reach the client.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (code === ErrorCode.BAD_USER_INPUT && !formatted.extensions?.fields) {
    formatted = { ...formatted, extensions: { ...formatted.extensions, fields: fieldsFromCoercionMessage(formatted.message) } };
  }
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
