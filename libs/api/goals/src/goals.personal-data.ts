import type { PersonalDataTable } from '@bridgeway/api-database';

const eventOfGoal = `exists (select 1 from goal g where g.tenant_id = t.tenant_id and g.id = t.goal_id and g.resident_id = :subjectId)`;

/** A resident's reintegration goals: domain, status and progress are "goals by domain", kept; what the goal says is erased. */
export const GOALS_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'goal',
    title: 'Goal',
    rowsOf: { RESIDENT: 't.resident_id = :subjectId' },
    columns: {
      title: { category: 'FREE_TEXT', erase: { kind: 'REPLACE', value: 'Anonymised' } },
      description: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      domain: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'goals by domain and goals achieved count by it' } },
      status: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'goals by domain and goals achieved count by it' } },
      progress: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'a number, part of the goal figures' } },
      target_date: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'a date alone identifies no one' } },
    },
    activityAt: 't.updated_at',
    onErasure: 'ANONYMISE',
  },
  {
    table: 'goal_event',
    title: 'Goal history',
    rowsOf: { RESIDENT: eventOfGoal },
    columns: {
      note: { category: 'FREE_TEXT', erase: { kind: 'NULL' } },
      to_status: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'goals achieved count from the latest status change (append-only history)' } },
      changed_at: { category: 'HEALTH', erase: { kind: 'KEEP', why: 'goals achieved count by the day of the latest status change' } },
    },
    activityAt: 't.changed_at',
    onErasure: 'ANONYMISE',
  },
];
