/** Goals that are neither achieved nor abandoned. */
const closedStatuses = new Set(['ACHIEVED', 'ABANDONED']);

/** A goal is overdue when it is still open and its target date (`YYYY-MM-DD`) lies before today. */
export function isOverdueGoal(goal: { status: string; targetDate?: string | null }, today: string): boolean {
  return !closedStatuses.has(goal.status) && !!goal.targetDate && goal.targetDate < today;
}

export function overdueGoalCount(goals: readonly { status: string; targetDate?: string | null }[], today: string): number {
  return goals.filter((goal) => isOverdueGoal(goal, today)).length;
}
