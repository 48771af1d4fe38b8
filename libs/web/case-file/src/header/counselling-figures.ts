import type { SessionDetailsFragment } from '@bridgeway/web-graphql';

/** Minutes of the sessions in `month` (`YYYY-MM`). */
export function minutesInMonth(
  sessions: ReadonlyArray<Pick<SessionDetailsFragment, 'occurredOn' | 'durationMinutes'>>,
  month: string,
): number {
  return sessions
    .filter((session) => session.occurredOn.startsWith(month))
    .reduce((sum, session) => sum + session.durationMinutes, 0);
}
