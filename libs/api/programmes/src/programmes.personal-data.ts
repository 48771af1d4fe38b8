import type { PersonalDataTable } from '@bridgeway/api-database';

/** Attendance and enrolment belong to whichever participant the row names. */
const participant = { RESIDENT: 't.resident_id = :subjectId', RELATIVE: 't.relative_id = :subjectId', MEMBER: 't.member_id = :subjectId' } as const;

/**
 * Members (volunteers, members of a programme) are data subjects of their own (MEMBER). Their row
 * stays anonymised (attendance, enrolments and leadership point at it); participation rows hold no
 * text and are the attendance figures, so they stay as they are.
 */
export const PROGRAMMES_PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    table: 'member',
    title: 'Member',
    rowsOf: { MEMBER: 't.id = :subjectId' },
    columns: {
      first_name: { category: 'IDENTITY', erase: { kind: 'REPLACE', value: 'Anonymised' } },
      last_name: { category: 'IDENTITY', erase: { kind: 'REPLACE', value: 'Anonymised' } },
      phone: { category: 'CONTACT', erase: { kind: 'NULL' } },
      email: { category: 'CONTACT', erase: { kind: 'NULL' } },
      kind: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'volunteer or member: a code the figures count by' } },
    },
    activityAt: 't.created_at',
    onErasure: 'ANONYMISE',
  },
  {
    table: 'attendance',
    title: 'Attendance',
    rowsOf: participant,
    columns: {
      present: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'attendances and relatives supported count it' } },
    },
    activityAt: '(select m.starts_at from meeting m where m.tenant_id = t.tenant_id and m.id = t.meeting_id)',
    onErasure: 'ANONYMISE',
  },
  {
    table: 'enrolment',
    title: 'Enrolment',
    rowsOf: participant,
    columns: {
      status: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'completions count by it' } },
      enrolled_on: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'a date alone identifies no one; enrolment figures count by it' } },
      completed_on: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'completions count by it' } },
      hours: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'training hours figure' } },
    },
    activityAt: 'coalesce(t.completed_on, t.enrolled_on)',
    onErasure: 'ANONYMISE',
  },
  {
    table: 'programme_leader',
    title: 'Programme led',
    rowsOf: { MEMBER: 't.member_id = :subjectId' },
    columns: {
      member_id: { category: 'SOCIAL', erase: { kind: 'KEEP', why: 'the programme keeps its leader, shown by the anonymised member row' } },
    },
    onErasure: 'ANONYMISE',
  },
];
