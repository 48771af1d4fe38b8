import { ServerError } from '@apollo/client/errors';
import { AuthFailureReason, ErrorCode } from '@bridgeway/shared-domain';
import { errorCodesOf, fieldErrorsOf, graphQLErrorsOf } from '@bridgeway/web-graphql';

export type SignInProblem =
  | { kind: 'invalidCredentials' }
  | { kind: 'locked'; retryAfterMinutes: number | null }
  | { kind: 'throttled'; retryAfterMinutes: number | null }
  | { kind: 'invalidInput'; fields: Record<string, string> }
  | { kind: 'unavailable' }
  | { kind: 'unexpected' }
  /** Not a failure: the password was right and a second factor is asked for (mfa/). */
  | { kind: 'mfaRequired'; ticket: string }
  | { kind: 'mfaEnrolmentRequired'; ticket: string }
  /** A one-time or recovery code was wrong or used already. */
  | { kind: 'invalidCode' }
  /** The few minutes a challenge lasts are over: start again with the password. */
  | { kind: 'challengeExpired' };

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
  const ticket = extension('mfaTicket');
  if (reason === AuthFailureReason.MFA_REQUIRED && typeof ticket === 'string') return { kind: 'mfaRequired', ticket };
  if (reason === AuthFailureReason.MFA_ENROLMENT_REQUIRED && typeof ticket === 'string') return { kind: 'mfaEnrolmentRequired', ticket };
  if (reason === AuthFailureReason.MFA_CODE_INVALID) return { kind: 'invalidCode' };
  if (reason === AuthFailureReason.SESSION_EXPIRED) return { kind: 'challengeExpired' };
  if (codes.includes(ErrorCode.UNAUTHENTICATED)) return { kind: 'invalidCredentials' };
  if (codes.includes(ErrorCode.BAD_USER_INPUT)) return { kind: 'invalidInput', fields: fieldErrorsOf(error) };
  if (errors.length === 0) return { kind: 'unavailable' }; // network failure, 5xx, unparsable response
  return { kind: 'unexpected' };
}
