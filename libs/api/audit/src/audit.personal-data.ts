import type { PersonalDataTable } from '@bridgeway/api-database';

/** Rows whose details name the subject: a relative's contacts, handouts and follow-ups (relativeId), audit-log searches (personId). */
const inDetails = (key: 'relativeId' | 'personId') => `t.details ->> '${key}' = cast(:subjectId as text)`;
const entity = (type: 'Resident' | 'Relative' | 'Member') => `(t.entity_type = '${type}' and t.entity_id = cast(:subjectId as text))`;

/**
 * The audit trail: who read or changed whose record, when. Rows hold ids and codes only (AuditEntry:
 * never names, notes or contact data), so they stay as accountability evidence (art. 5(2), 32) and
 * point at the anonymised record; what their details say about the person's circumstances (a consent
 * decision, a participation status) is erased. A person's rows are those that name them as the
 * resident, as the entity or in the details (the audit library reads no domain table to find more).
 */
export const AUDIT_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'audit_event',
    title: 'Audit trail',
    rowsOf: {
      RESIDENT: `(t.resident_id = :subjectId or ${entity('Resident')} or ${inDetails('personId')})`,
      RELATIVE: `(${entity('Relative')} or ${inDetails('relativeId')} or ${inDetails('personId')})`,
      MEMBER: `(${entity('Member')} or ${inDetails('personId')})`,
    },
    columns: {
      details: { category: 'SOCIAL', erase: { kind: 'JSON_KEYS', keys: ['consortiumConsent', 'decidedOn', 'status'] } },
      resident_id: { category: 'IDENTITY', erase: { kind: 'KEEP', why: 'the id of the anonymised record: the trail of who read or changed it is accountability evidence' } },
      entity_id: { category: 'IDENTITY', erase: { kind: 'KEEP', why: 'an id: the trail of who read or changed the record is accountability evidence' } },
    },
    notPersonal: ['action', 'entity_type', 'request_id', 'client_request_id'],
    onErasure: 'ANONYMISE',
  },
];
