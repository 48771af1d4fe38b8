import { ErrorCode, isConflictReason, type ConflictReason } from '@bridgeway/shared-domain';
import { graphQLErrorsOf, errorCodesOf, fieldErrorsOf } from '@bridgeway/web-graphql';

/** What went wrong with a query or mutation, in the terms the person is told. */
export type ApiProblem =
  | { kind: 'unavailable' }
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  | { kind: 'notFound' }
  | { kind: 'invalidInput'; fields: Record<string, string> }
  /** `reason`: why the API refused (null if it gave none we know); `current`: the record now, if sent. */
  | { kind: 'conflict'; reason: ConflictReason | null; current: Record<string, unknown> | null }
  | { kind: 'outdated' }
  | { kind: 'unexpected' };

export type ApiProblemKind = ApiProblem['kind'];

/** Maps an Apollo error to an ApiProblem by the contract's `extensions.code`. */
export function apiProblemFrom(error: unknown): ApiProblem {
  const codes = errorCodesOf(error);
  if (asksForWhatTheServerLacks(error)) return { kind: 'outdated' };
  if (codes.includes(ErrorCode.CONFLICT)) {
    return { kind: 'conflict', reason: conflictReasonOf(error), current: conflictCurrentOf(error) };
  }
  if (codes.includes(ErrorCode.BAD_USER_INPUT)) return { kind: 'invalidInput', fields: fieldErrorsOf(error) };
  if (codes.includes(ErrorCode.NOT_FOUND)) return { kind: 'notFound' };
  if (codes.includes(ErrorCode.FORBIDDEN)) return { kind: 'forbidden' };
  if (codes.includes(ErrorCode.UNAUTHENTICATED)) return { kind: 'unauthenticated' };
  if (codes.includes(ErrorCode.SERVICE_UNAVAILABLE)) return { kind: 'unavailable' };
  // No GraphQL errors at all: the network failed, or the server answered 5xx / nonsense.
  if (graphQLErrorsOf(error).length === 0) return { kind: 'unavailable' };
  return { kind: 'unexpected' };
}

/**
 * The server does not know a field or argument this client asks for: a deploy in between,
 * or a part of the API still being built. The API reports such a document as
 * BAD_USER_INPUT (Apollo's GRAPHQL_VALIDATION_FAILED), recognisable by graphql-js's message.
 */
function asksForWhatTheServerLacks(error: unknown): boolean {
  return graphQLErrorsOf(error).some(
    (graphQLError) =>
      graphQLError.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED' ||
      /^(Cannot query field|Unknown argument|Unknown type)/.test(graphQLError.message),
  );
}

/** `extensions.reason` of a CONFLICT error, if it is one the client knows. */
function conflictReasonOf(error: unknown): ConflictReason | null {
  const reason = graphQLErrorsOf(error)
    .map((graphQLError) => graphQLError.extensions?.['reason'])
    .find(isConflictReason);
  return reason ?? null;
}

/** `extensions.current` of a CONFLICT error: the record as it is now on the server. */
function conflictCurrentOf(error: unknown): Record<string, unknown> | null {
  for (const graphQLError of graphQLErrorsOf(error)) {
    const current = graphQLError.extensions?.['current'];
    if (current && typeof current === 'object') return current as Record<string, unknown>;
  }
  return null;
}
