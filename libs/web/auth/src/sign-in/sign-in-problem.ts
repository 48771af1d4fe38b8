import { ServerError } from '@apollo/client/errors';
import { AuthFailureReason, ErrorCode } from '@bridgeway/shared-domain';
import { errorCodesOf, fieldErrorsOf, graphQLErrorsOf } from '@bridgeway/web-graphql';

export type SignInProblem =
  | { kind: 'invalidCredentials' }
  | { kind: 'locked'; retryAfterMinutes: number | null }
  | { kind: 'throttled'; retryAfterMinutes: number | null }
  | { kind: 'invalidInput'; fields: Record<string, string> }
  | { kind: 'unavailable' }
  | { kind: 'unexpected' };

/**
 * Turns a failed `login` into what the person should be told. The API (ADR 0005)
 * answers UNAUTHENTICATED with `extensions.reason` THROTTLED or ACCOUNT_LOCKED and
 * `retryAfterSeconds`; also accepted, defensively: codes TOO_MANY_REQUESTS /
 * ACCOUNT_LOCKED / FORBIDDEN and an HTTP 429.
 */
export function signInProblemFrom(error: unknown): SignInProblem {
  const errors = graphQLErrorsOf(error);
  const codes = errorCodesOf(error);
  const extension = (name: string) => errors.map((e) => e.extensions?.[name]).find((value) => value !== undefined);
  const reason = extension('reason');
  const seconds = extension('retryAfterSeconds');
  const retryAfterMinutes = typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : null;

  if (reason === AuthFailureReason.THROTTLED || codes.includes('TOO_MANY_REQUESTS') || (ServerError.is(error) && error.statusCode === 429)) {
    return { kind: 'throttled', retryAfterMinutes };
  }
  if (reason === AuthFailureReason.ACCOUNT_LOCKED || codes.includes('ACCOUNT_LOCKED') || codes.includes(ErrorCode.FORBIDDEN)) {
    return { kind: 'locked', retryAfterMinutes };
  }
  if (codes.includes(ErrorCode.UNAUTHENTICATED)) return { kind: 'invalidCredentials' };
  if (codes.includes(ErrorCode.BAD_USER_INPUT)) return { kind: 'invalidInput', fields: fieldErrorsOf(error) };
  if (errors.length === 0) return { kind: 'unavailable' }; // network failure, 5xx, unparsable response
  return { kind: 'unexpected' };
}
