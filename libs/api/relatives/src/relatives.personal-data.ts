import type { PersonalDataTable } from '@bridgeway/api-database';

/**
 * A relative is a person of their own (RELATIVE); their link to a resident is about both. The
 * relative row stays on erasure (sessions, contacts and handouts point at it and count as
 * "relatives supported") without anything that identifies them; the link carries no figure and goes.
 */
export const RELATIVES_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'relative',
    title: 'Relative',
    rowsOf: { RELATIVE: 't.id = :subjectId' },
    columns: {
      first_name: { category: 'IDENTITY', erase: { kind: 'REPLACE', value: 'Anonymised' } },
      last_name: { category: 'IDENTITY', erase: { kind: 'REPLACE', value: 'Anonymised' } },
      phone: { category: 'CONTACT', erase: { kind: 'NULL' } },
      email: { category: 'CONTACT', erase: { kind: 'NULL' } },
    },
    activityAt: 't.created_at',
    onErasure: 'ANONYMISE',
  },
  {
    table: 'resident_relative',
    title: 'Relative of a resident',
    rowsOf: { RESIDENT: 't.resident_id = :subjectId', RELATIVE: 't.relative_id = :subjectId' },
    columns: {
      resident_id: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'the link row is deleted' } },
      relative_id: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'the link row is deleted' } },
      relationship: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'the link row is deleted' } },
    },
    onErasure: 'DELETE',
  },
];
