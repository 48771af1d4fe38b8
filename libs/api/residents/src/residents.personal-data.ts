import type { PersonalDataTable } from '@bridgeway/api-database';

/** The resident row is the person: erasure keeps it (status, intake date and key worker feed the figures) without anything that identifies them. */
export const RESIDENTS_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'resident',
    title: 'Resident',
    rowsOf: { RESIDENT: 't.id = :subjectId' },
    columns: {
      first_name: { category: 'IDENTITY', erase: { kind: 'REPLACE', value: 'Anonymised' } },
      last_name: { category: 'IDENTITY', erase: { kind: 'REPLACE', value: 'Anonymised' } },
      date_of_birth: { category: 'IDENTITY', erase: { kind: 'NULL' } },
      phone: { category: 'CONTACT', erase: { kind: 'NULL' } },
      email: { category: 'CONTACT', erase: { kind: 'NULL' } },
      intake_date: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'occupancy and caseload figures count from it; a date alone identifies no one' } },
    },
    activityAt: 't.intake_date',
    onErasure: 'ANONYMISE',
  },
];
