import type { ApiLibrary } from '@bridgeway/api-database';
import { Goal } from './goal.entity.js';
import { GoalEvent } from './goal-event.entity.js';
import { GoalsModule } from './goals.module.js';

/** Goal events are an append-only history: SELECT and INSERT. */
export const GOALS_LIBRARY: ApiLibrary = {
  name: 'goals',
  module: GoalsModule,
  entities: [Goal, GoalEvent],
  appRoleGrants: { goal: ['SELECT', 'INSERT', 'UPDATE'], goal_event: ['SELECT', 'INSERT'] },
};
