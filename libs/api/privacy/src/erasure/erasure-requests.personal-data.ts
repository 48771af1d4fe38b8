import type { PersonalDataTable } from '@bridgeway/api-database';

/**
 * An erasure request keeps the person's id (the proof that the request was handled) but no name;
 * its staff note may say anything about them and is erased with the rest.
 */
export const ERASURE_REQUESTS_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'erasure_request',
    title: 'Erasure request',
    rowsOf: {
      RESIDENT: `t.subject_kind = 'RESIDENT' and t.subject_id = :subjectId`,
      RELATIVE: `t.subject_kind = 'RELATIVE' and t.subject_id = :subjectId`,
      MEMBER: `t.subject_kind = 'MEMBER' and t.subject_id = :subjectId`,
    },
    columns: {
      subject_id: { category: 'IDENTITY', erase: { kind: 'KEEP', why: 'the record that the request was carried out; an id identifies no one once the person is anonymised' } },
      staff_note: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
    },
    notPersonal: ['subject_kind', 'channel', 'status', 'refusal_reason'],
    onErasure: 'ANONYMISE',
  },
];
