import type { PersonalDataTable } from '@bridgeway/api-database';

/** Handouts to a named resident or relative (anonymous ones hold no person): date, kind and quantity are the figures. */
export const MATERIAL_SUPPORT_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'handout',
    title: 'Handout',
    rowsOf: { RESIDENT: 't.resident_id = :subjectId', RELATIVE: 't.relative_id = :subjectId' },
    columns: {
      note: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      handed_out_on: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'parcels and relatives supported count by it' } },
      kind: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'a code the figures count by' } },
      quantity: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'the parcels figure' } },
    },
    activityAt: 't.handed_out_on',
    onErasure: 'ANONYMISE',
  },
];
