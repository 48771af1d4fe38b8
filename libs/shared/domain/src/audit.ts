/**
 * What an audit row says was done (`audit_event.action`, `AuditEntry.action` in the API).
 * The API records only these; the web client has a word for each.
 */
export const AUDIT_ACTIONS = [
  'READ',
  'CREATE',
  'UPDATE',
  'DELETE',
  'ADMIT',
  'DISCHARGE',
  'LINK',
  'CLOSE',
  'REOPEN',
  'ASSIGN_KEY_WORKER',
  'CANCEL',
  'MOVE',
  'TAKE_ATTENDANCE',
  'ENROL',
  /** An art. 17 erasure carried out: the person's data anonymised (details: tables and row counts, no names). */
  'ERASE',
  /** An art. 15 export of a person's data (details: format, language, export job). */
  'EXPORT',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
