/** `extensions.code` values of the public API (docs/api/contract.graphql). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Why an authentication failed; carried in `extensions.reason` next to UNAUTHENTICATED. */
export enum AuthFailureReason {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  THROTTLED = 'THROTTLED',
  SESSION_EXPIRED = 'SESSION_EXPIRED',
}
