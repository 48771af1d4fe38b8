import { GraphQLError } from 'graphql';
import { ErrorCode } from '@bridgeway/shared-domain';

/** The SQLSTATE of a PostgreSQL error (pg's DatabaseError or MikroORM's DriverException wrapping it), if any. */
function sqlState(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && ('severity' in current || current.name.endsWith('Exception'))) return code;
    current = current instanceof GraphQLError ? current.originalError : current.cause;
  }
  return undefined;
}

/**
 * PostgreSQL class 22 (data exception: invalid text representation, value too long,
 * numeric or datetime out of range, …) means the client sent a value the column cannot hold.
 */
export function isDataException(error: unknown): boolean {
  return sqlState(error)?.startsWith('22') ?? false;
}

/** What a data exception becomes: a clean BAD_USER_INPUT, without SQL, table names or values. */
export function dataExceptionError(path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError('Invalid input: a value is malformed or out of range', {
    path,
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields: {}, reason: 'DATA_EXCEPTION' },
  });
}

/** The generic answer for anything unexpected; the real error is logged on the server only. */
export function internalError(path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError('Internal server error', { path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}
