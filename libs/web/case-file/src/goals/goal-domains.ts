import type { GoalDetailsFragment, GoalDomain, GoalStatus } from '@bridgeway/web-graphql';

/** The order domains are shown in (as the contract lists them). */
export const goalDomains: readonly GoalDomain[] = [
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

export const goalStatuses: readonly GoalStatus[] = ['PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'ABANDONED'];

export interface DomainGoals {
  domain: GoalDomain;
  goals: GoalDetailsFragment[];
}

/** Goals grouped by domain, domains in their usual order, empty domains left out. */
export function goalsByDomain(goals: readonly GoalDetailsFragment[]): DomainGoals[] {
  return goalDomains
    .map((domain) => ({ domain, goals: goals.filter((goal) => goal.domain === domain) }))
    .filter((group) => group.goals.length > 0);
}
