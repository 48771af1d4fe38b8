import type { CaseloadResidentFragment, GoalStatus, ResidentStatus } from '@bridgeway/web-graphql';
import { todayIsoDate, utcDateOf } from '@bridgeway/web-components';

/** One line of the caseload table, computed from what the API returns. */
export interface CaseloadRow {
  id: string;
  name: string;
  status: ResidentStatus;
  residenceId: string | null;
  residenceName: string | null;
  /** Date of the newest counselling session, `YYYY-MM-DD`. */
  lastContact: string | null;
  /** Whole days from the last contact to today; null without any session. */
  daysSinceContact: number | null;
  openGoals: number;
  /** Open goals whose target date lies before today. */
  overdueGoals: number;
  minutesThisMonth: number;
  /** Date of the latest BARC-10, `YYYY-MM-DD`. */
  lastBarc10: string | null;
}

const closedGoalStatuses: readonly GoalStatus[] = ['ACHIEVED', 'ABANDONED'];

export function isOpenGoal(status: GoalStatus): boolean {
  return !closedGoalStatuses.includes(status);
}

const dayMs = 24 * 60 * 60 * 1000;

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDateOf(to).getTime() - utcDateOf(from).getTime()) / dayMs);
}

/** The row of a resident; the API sums this month's minutes (`minutesThisMonth`) and gives the newest session first (withdrawn ones are no contact). */
export function caseloadRowOf(resident: CaseloadResidentFragment, today: string = todayIsoDate()): CaseloadRow {
  const lastContact = resident.counsellingSessions.find((session) => !session.withdrawn)?.occurredOn ?? null;
  const open = resident.goals.filter((goal) => isOpenGoal(goal.status));
  return {
    id: resident.id,
    name: `${resident.firstName} ${resident.lastName}`,
    status: resident.status,
    residenceId: resident.currentStay?.residence.id ?? null,
    residenceName: resident.currentStay?.residence.name ?? null,
    lastContact,
    daysSinceContact: lastContact ? daysBetween(lastContact, today) : null,
    openGoals: open.length,
    overdueGoals: open.filter((goal) => goal.targetDate != null && goal.targetDate < today).length,
    minutesThisMonth: resident.minutesThisMonth,
    lastBarc10: resident.latestBarc10.at(-1)?.takenOn ?? null,
  };
}
