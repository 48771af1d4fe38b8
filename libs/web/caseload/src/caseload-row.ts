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

/** The row of a resident; the API sums this month's minutes (`minutesThisMonth`) and gives the newest session first. */
export function caseloadRowOf(resident: CaseloadResidentFragment): CaseloadRow {
  return {
    id: resident.id,
    name: `${resident.firstName} ${resident.lastName}`,
    residenceName: resident.currentStay?.residence.name ?? null,
    lastContact: resident.counsellingSessions[0]?.occurredOn ?? null,
    openGoals: resident.goals.filter((goal) => isOpenGoal(goal.status)).length,
    minutesThisMonth: resident.minutesThisMonth,
  };
}
