import type { AttendanceInput, AttendanceMeetingFragment, ParticipantNameFragment } from '@bridgeway/web-graphql';

/** A participant's key: ids of residents, relatives and members come from different tables. */
export const keyOf = (participant: Pick<ParticipantNameFragment, 'kind' | 'id'>) =>
  `${participant.kind}:${participant.id}`;

/**
 * The names on the screen: who the API expects, anyone already recorded for this meeting,
 * and anyone added here; each once, by name.
 */
export function attendanceRows(
  meeting: Pick<AttendanceMeetingFragment, 'expected' | 'attendance'>,
  added: readonly ParticipantNameFragment[],
  locale?: string,
): ParticipantNameFragment[] {
  const rows = new Map<string, ParticipantNameFragment>();
  for (const participant of [...meeting.expected, ...meeting.attendance.map((entry) => entry.participant), ...added]) {
    if (!rows.has(keyOf(participant))) rows.set(keyOf(participant), participant);
  }
  return [...rows.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, locale));
}

/** Who is saved as present: the ticks the screen opens with. */
export function savedPresent(meeting: Pick<AttendanceMeetingFragment, 'attendance'>): Set<string> {
  return new Set(meeting.attendance.filter((entry) => entry.present).map((entry) => keyOf(entry.participant)));
}

/**
 * Only what this person changed: newly ticked names as present, unticked saved ones as not present.
 * The API keeps the last write per participant and leaves the others alone, so two leaders ticking
 * different people of the same meeting at once both keep their ticks.
 */
export function changedEntries(
  rows: readonly ParticipantNameFragment[],
  ticked: ReadonlySet<string>,
  saved: ReadonlySet<string>,
): AttendanceInput[] {
  return rows
    .filter((row) => ticked.has(keyOf(row)) !== saved.has(keyOf(row)))
    .map((row) => ({ participantId: row.id, kind: row.kind, present: ticked.has(keyOf(row)) }));
}
