import type { PersonalDataTable } from '@bridgeway/api-database';

/** A resident's stays: their dates are the occupancy figures, so they stay; the discharge note goes. */
export const STAYS_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'stay',
    title: 'Stay',
    rowsOf: { RESIDENT: 't.resident_id = :subjectId' },
    columns: {
      admitted_on: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'occupancy, people housed and current residents count from the stay dates; dates alone identify no one' } },
      discharged_on: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'occupancy and people housed count from the stay dates' } },
      discharge_reason: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'a code the discharge figures count by; required with the discharge date' } },
      discharge_note: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
    },
    // An open stay is activity today.
    activityAt: 'coalesce(t.discharged_on, current_date)',
    onErasure: 'ANONYMISE',
  },
];
