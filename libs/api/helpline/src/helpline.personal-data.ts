import type { PersonalDataTable } from '@bridgeway/api-database';

const contactOfFollowUp = `exists (select 1 from grief_follow_up f where f.tenant_id = t.tenant_id and f.id = t.follow_up_id and f.relative_id = :subjectId)`;

/**
 * Helpline contacts linked to a person, and grief follow-ups of bereaved relatives: times,
 * minutes, codes and statuses are the helpline figures and stay; what staff wrote goes.
 */
export const HELPLINE_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'helpline_contact',
    title: 'Helpline contact',
    rowsOf: { RESIDENT: 't.resident_id = :subjectId', RELATIVE: 't.relative_id = :subjectId' },
    columns: {
      notes: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      // Required when the outcome is REFERRED: replaced, not nulled.
      referred_to: { category: 'FREE_TEXT', erase: { kind: 'REPLACE', value: 'Anonymised' } },
      occurred_at: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'helpline contacts count by their time' } },
      duration_minutes: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'helpline minutes' } },
      topics: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'codes the helpline figures count by' } },
      caller_kind: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'a code the helpline figures count by' } },
      outcome: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'a code the helpline figures count by' } },
    },
    activityAt: 't.occurred_at',
    onErasure: 'ANONYMISE',
  },
  {
    table: 'grief_follow_up',
    title: 'Grief follow-up',
    rowsOf: { RELATIVE: 't.relative_id = :subjectId' },
    columns: {
      note: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      started_on: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'follow-ups count by it; a date alone identifies no one' } },
      status: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'follow-up figures count by it' } },
    },
    activityAt: 't.started_on',
    onErasure: 'ANONYMISE',
  },
  {
    table: 'planned_contact',
    title: 'Grief follow-up contact',
    rowsOf: { RELATIVE: contactOfFollowUp },
    columns: {
      note: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      planned_on: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'a date alone identifies no one' } },
      done_on: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'relatives supported count done contacts by this day' } },
      status: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'follow-up figures count done contacts' } },
    },
    activityAt: 't.done_on',
    onErasure: 'ANONYMISE',
  },
];
