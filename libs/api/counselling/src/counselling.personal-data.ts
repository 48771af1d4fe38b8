import type { PersonalDataTable } from '@bridgeway/api-database';

/** Notes and free-text fields are about the client: erased. Date, minutes, kind and domains are the counselling figures: kept. */
const SESSION_TEXT = ['notes', 'hopes', 'resources', 'usefulExperience', 'nextStep'] as const;

/** A session with both a resident and a relative (FAMILY) is each one's: erasing either clears its notes. */
const sessionOf = (column: 'resident_id' | 'relative_id') =>
  `exists (select 1 from counselling_session s where s.tenant_id = t.tenant_id and s.id = t.session_id and s.${column} = :subjectId)`;

export const COUNSELLING_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'counselling_session',
    title: 'Counselling session',
    rowsOf: { RESIDENT: 't.resident_id = :subjectId', RELATIVE: 't.relative_id = :subjectId' },
    columns: {
      notes: { category: 'HEALTH', erase: { kind: 'NULL' } },
      hopes: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      resources: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      useful_experience: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      next_step: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      withdrawal_reason: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      occurred_on: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'counselling hours and people counselled count by the session date' } },
      duration_minutes: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'the counselling hours' } },
      kind: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'a code the figures count by (individual, family, …)' } },
      domains: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'codes the figures count by (goal domains worked on)' } },
    },
    activityAt: 't.occurred_on',
    onErasure: 'ANONYMISE',
  },
  {
    table: 'counselling_session_revision',
    title: 'Correction of a counselling session',
    rowsOf: { RESIDENT: sessionOf('resident_id'), RELATIVE: sessionOf('relative_id') },
    columns: {
      reason: { category: 'FREE_TEXT', erase: { kind: 'REPLACE', value: 'Anonymised' } },
      // The session's previous values: its notes go, its date, minutes, kind and domains stay (as on the session).
      previous: { category: 'HEALTH', erase: { kind: 'JSON_KEYS', keys: SESSION_TEXT } },
    },
    onErasure: 'ANONYMISE',
  },
];
