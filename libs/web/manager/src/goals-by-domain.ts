import type { GoalDomain, GoalStatus } from '@bridgeway/web-graphql';

export interface DomainGoalFigures {
  domain: GoalDomain;
  achieved: number;
  open: number;
  total: number;
}

const domains: readonly GoalDomain[] = [
  'WORK',
  'FINANCES',
  'FAMILY',
  'DAILY_ROUTINE',
  'LIVING_SKILLS',
  'SOCIAL_NETWORK',
  'HEALTH',
  'SOBRIETY',
  'HOUSING',
  'EDUCATION',
];

/** Counts goals per domain: achieved, still open (planned or in progress), and all. Every domain gets a row. */
export function goalFiguresByDomain(
  goals: ReadonlyArray<{ domain: GoalDomain; status: GoalStatus }>,
): DomainGoalFigures[] {
  return domains.map((domain) => {
    const inDomain = goals.filter((goal) => goal.domain === domain);
    return {
      domain,
      achieved: inDomain.filter((goal) => goal.status === 'ACHIEVED').length,
      open: inDomain.filter((goal) => goal.status === 'PLANNED' || goal.status === 'IN_PROGRESS').length,
      total: inDomain.length,
    };
  });
}
