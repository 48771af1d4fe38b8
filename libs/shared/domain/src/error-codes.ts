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
}

export function isConflictReason(value: unknown): value is ConflictReason {
  return typeof value === 'string' && (Object.values(ConflictReason) as string[]).includes(value);
}
