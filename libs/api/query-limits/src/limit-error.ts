import { GraphQLError } from 'graphql';
import { ErrorCode } from '@bridgeway/shared-domain';

/** Which limit a refused query exceeded (`extensions.reason`). */
export enum QueryLimitReason {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  TOO_MANY_ROOT_FIELDS = 'TOO_MANY_ROOT_FIELDS',
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
}

/** The extensions a limit rejection carries besides its code; format-error keeps exactly these. */
export const LIMIT_EXTENSIONS = ['reason', 'limit', 'actual'] as const;

/**
 * A refusal before execution: BAD_USER_INPUT (Apollo reports validation errors as
 * GRAPHQL_VALIDATION_FAILED, which formatGraphQLError maps back) with the limit and the
 * query's figure, so a client can tell which limit to stay under.
 */
export function limitExceeded(reason: QueryLimitReason, what: string, limit: number, actual?: number): GraphQLError {
  const found = actual === undefined ? '' : `, found ${actual}`;
  return new GraphQLError(`Query refused: ${what} limit of ${limit} exceeded${found}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, reason, limit, ...(actual === undefined ? {} : { actual }), http: { status: 400 } },
  });
}
