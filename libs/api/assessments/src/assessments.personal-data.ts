import type { PersonalDataTable } from '@bridgeway/api-database';

/** Outcome assessments (BARC-10): numbers on a scale, kept for the recovery-capital figures; nothing in them names the person. */
export const ASSESSMENTS_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'assessment',
    title: 'Assessment',
    rowsOf: { RESIDENT: 't.resident_id = :subjectId' },
    columns: {
      taken_on: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'the BARC-10 change is first to latest administration by date' } },
      scores: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'item scores (numbers only) behind the total; identify no one once the resident is anonymised' } },
      total: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'the BARC-10 change figure' } },
    },
    notPersonal: ['instrument_code'],
    activityAt: 't.taken_on',
    onErasure: 'ANONYMISE',
  },
];
