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

// Connection-level failures: the server is down, restarting or unreachable, or dropped the connection.
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
// SQLSTATE class 08 (connection exception) and 57P01-03 (admin/crash shutdown, cannot connect now).
const UNAVAILABLE_STATES = /^(08...|57P0[123])$/;
const CONNECTION_MESSAGES = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/** Whether `error` (or what it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_ERRNOS.has(code) || UNAVAILABLE_STATES.test(code))) return true;
    if (CONNECTION_MESSAGES.test(current.message)) return true;
    current = current instanceof GraphQLError ? current.originalError : current.cause;
  }
  return false;
}

/** What an unreachable database becomes: SERVICE_UNAVAILABLE (HTTP 503, see serviceUnavailablePlugin). */
export function databaseUnavailableError(path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError('The database cannot be reached at the moment. Try again in a few seconds.', {
    path,
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
  });
}

/** The generic answer for anything unexpected; the real error is logged on the server only. */
export function internalError(path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError('Internal server error', { path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}
