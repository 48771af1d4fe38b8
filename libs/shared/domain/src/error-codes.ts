/** `extensions.code` values of the public API (docs/api/contract.graphql). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The database cannot be reached for a moment (a restart, a failover): HTTP 503 with Retry-After. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** Why an authentication failed; carried in `extensions.reason` next to UNAUTHENTICATED. */
export enum AuthFailureReason {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  THROTTLED = 'THROTTLED',
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  /** Password accepted; the second factor is needed: `extensions.mfaTicket` goes to verifyMfaCode / verifyRecoveryCode. */
  MFA_REQUIRED = 'MFA_REQUIRED',
  /** Password accepted; the organisation requires a second factor the user has not set up: the ticket allows enrolment only. */
  MFA_ENROLMENT_REQUIRED = 'MFA_ENROLMENT_REQUIRED',
  /** The one-time or recovery code was wrong, already used, or the ticket has expired. */
  MFA_CODE_INVALID = 'MFA_CODE_INVALID',
}

/** Why a CONFLICT was refused; carried in `extensions.reason`. The web client says each in words. */
export enum ConflictReason {
  /** Someone else saved the record after you read it (`expectedVersion` is not the current version). */
  VERSION_MISMATCH = 'VERSION_MISMATCH',
  RESIDENCE_CLOSED = 'RESIDENCE_CLOSED',
  RESIDENCE_OCCUPIED = 'RESIDENCE_OCCUPIED',
  RESIDENCE_FULL = 'RESIDENCE_FULL',
  BED_OCCUPIED = 'BED_OCCUPIED',
  BED_RETIRED = 'BED_RETIRED',
  RESIDENT_CLOSED = 'RESIDENT_CLOSED',
  RESIDENT_NOT_CLOSED = 'RESIDENT_NOT_CLOSED',
  RESIDENT_IN_RESIDENCE = 'RESIDENT_IN_RESIDENCE',
  STAY_ENDED = 'STAY_ENDED',
  ALREADY_LINKED = 'ALREADY_LINKED',
  /** The user already has as many exports queued or running as allowed (docs/exports.md). */
  EXPORT_LIMIT_REACHED = 'EXPORT_LIMIT_REACHED',
  /** This kind of export is not offered by the server yet. */
  EXPORT_NOT_AVAILABLE = 'EXPORT_NOT_AVAILABLE',
  /** Art. 17: the organisation's retention period for the person has not run out (`extensions.retainedUntil`); refuse the request instead. */
  RETENTION_PERIOD_RUNNING = 'RETENTION_PERIOD_RUNNING',
  /** The erasure request was already carried out or refused. */
  ERASURE_REQUEST_DECIDED = 'ERASURE_REQUEST_DECIDED',
  /** The person already has an erasure request waiting for a decision. */
  ERASURE_REQUEST_PENDING = 'ERASURE_REQUEST_PENDING',
  /** The person's data was already erased. */
  ALREADY_ERASED = 'ALREADY_ERASED',
}

export function isConflictReason(value: unknown): value is ConflictReason {
  return typeof value === 'string' && (Object.values(ConflictReason) as string[]).includes(value);
}
