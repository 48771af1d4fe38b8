import type { PersonalDataTable } from '@bridgeway/api-database';

/** Consent decisions are append-only and hold no text: kept as they are, the consortium figures honour the latest one. */
export const CONSORTIA_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'resident_consent',
    title: 'Consortium consent',
    rowsOf: { RESIDENT: 't.resident_id = :subjectId' },
    columns: {
      given: { category: 'CONSENT', erase: { kind: 'KEEP', why: 'the consortium figures leave out residents whose latest decision withdrew consent' } },
      decided_on: { category: 'CONSENT', erase: { kind: 'KEEP', why: 'which decision is the latest; a date alone identifies no one' } },
    },
    onErasure: 'ANONYMISE',
  },
];
