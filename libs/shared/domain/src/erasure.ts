/** Art. 17 erasure requests and the retention period (docs/privacy-erasure.md). */

/** Where an erasure request stands. */
export enum ErasureRequestStatus {
  /** Recorded, not yet decided. */
  PENDING = 'PENDING',
  /** The person's data was anonymised (PersonalDataService.anonymise). */
  CARRIED_OUT = 'CARRIED_OUT',
  /** Refused with a reason; nothing of the person was changed. */
  REFUSED = 'REFUSED',
}

/** How the request reached the organisation. */
export enum ErasureRequestChannel {
  IN_PERSON = 'IN_PERSON',
  LETTER = 'LETTER',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  OTHER = 'OTHER',
}

/** Why a request was refused (GDPR art. 17(3), art. 12(5), art. 12(6)). */
export enum ErasureRefusalReason {
  /** A legal duty to keep the record applies: the retention period has not run out (art. 17(3)(b), (c)). */
  LEGAL_RETENTION = 'LEGAL_RETENTION',
  /** Needed for legal claims (art. 17(3)(e)). */
  LEGAL_CLAIMS = 'LEGAL_CLAIMS',
  /** The requester's identity could not be confirmed (art. 12(6)). */
  IDENTITY_NOT_CONFIRMED = 'IDENTITY_NOT_CONFIRMED',
  /** Manifestly unfounded or excessive (art. 12(5)). */
  MANIFESTLY_UNFOUNDED = 'MANIFESTLY_UNFOUNDED',
  /** The person withdrew the request. */
  WITHDRAWN = 'WITHDRAWN',
}

/** Months a person's record is kept after their last activity when the organisation has set nothing (10 years). */
export const DEFAULT_RETENTION_MONTHS = 120;
/** The longest retention period a manager may set (50 years). */
export const MAX_RETENTION_MONTHS = 600;

/** Text limits of erasure requests and the retention setting. */
export const ERASURE_TEXT_MAX = {
  /** The optional staff note of a request (erased when the request is carried out). */
  staffNote: 500,
  /** The legal basis of the retention period, in words. */
  legalBasis: 300,
} as const;
