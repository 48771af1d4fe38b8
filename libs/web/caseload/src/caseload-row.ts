import type { CaseloadResidentFragment, GoalStatus } from '@bridgeway/web-graphql';

/** One line of the caseload table, computed from what the API returns. */
export interface CaseloadRow {
  id: string;
  name: string;
  residenceName: string | null;
  /** Date of the newest counselling session, `YYYY-MM-DD`. */
  lastContact: string | null;
  openGoals: number;
  minutesThisMonth: number;
}

const closedGoalStatuses: readonly GoalStatus[] = ['ACHIEVED', 'ABANDONED'];

export function isOpenGoal(status: GoalStatus): boolean {
  return !closedGoalStatuses.includes(status);
}

/** `month` is `YYYY-MM`: the month whose counselling minutes are summed. */
export function caseloadRowOf(resident: CaseloadResidentFragment, month: string): CaseloadRow {
  const sessions = resident.counsellingSessions;
  const lastContact = sessions.reduce<string | null>(
    (newest, session) => (newest === null || session.occurredOn > newest ? session.occurredOn : newest),
    null,
  );
  return {
    id: resident.id,
    name: `${resident.firstName} ${resident.lastName}`,
    residenceName: resident.currentStay?.residence.name ?? null,
    lastContact,
    openGoals: resident.goals.filter((goal) => isOpenGoal(goal.status)).length,
    minutesThisMonth: sessions
      .filter((session) => session.occurredOn.startsWith(month))
      .reduce((sum, session) => sum + session.durationMinutes, 0),
  };
}
