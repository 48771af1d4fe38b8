import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@bridgeway/shared-domain';
import type { GraphQLFormattedError } from 'graphql';

/** The `extensions.code` values the Bridgeway API documents (shared-domain's ErrorCode). */
export type ApiErrorCode = ErrorCode | `${ErrorCode}`;

export function graphQLErrorsOf(error: unknown): ReadonlyArray<GraphQLFormattedError> {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function errorCodesOf(error: unknown): string[] {
  return graphQLErrorsOf(error)
    .map((graphQLError) => graphQLError.extensions?.['code'])
    .filter((code): code is string => typeof code === 'string');
}

export function hasErrorCode(error: unknown, code: ApiErrorCode | (string & {})): boolean {
  return errorCodesOf(error).includes(code);
}

/** `extensions.fields` of a BAD_USER_INPUT error: { fieldName: message }. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const graphQLError of graphQLErrorsOf(error)) {
    const reported = graphQLError.extensions?.['fields'];
    if (reported && typeof reported === 'object') {
      for (const [field, message] of Object.entries(reported)) {
        if (typeof message === 'string') fields[field] = message;
      }
    }
  }
  return fields;
}

/** True for an UNAUTHENTICATED GraphQL error or an HTTP 401 without a GraphQL body. */
export function isUnauthenticatedError(error: unknown): boolean {
  return hasErrorCode(error, ErrorCode.UNAUTHENTICATED) || (ServerError.is(error) && error.statusCode === 401);
}
