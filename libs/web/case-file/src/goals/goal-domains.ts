import { GOAL_DOMAINS, GOAL_STATUSES } from '@bridgeway/shared-domain';
import type { GoalDetailsFragment, GoalDomain, GoalStatus } from '@bridgeway/web-graphql';

/** The order domains are shown in (shared-domain's). */
export const goalDomains: readonly GoalDomain[] = GOAL_DOMAINS;

export const goalStatuses: readonly GoalStatus[] = GOAL_STATUSES;

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
