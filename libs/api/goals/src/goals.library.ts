import type { ApiLibrary } from '@bridgeway/api-database';
import { Goal } from './goal.entity.js';
import { GoalEvent } from './goal-event.entity.js';
import { GoalsModule } from './goals.module.js';
import { MIGRATIONS } from './migrations/index.js';
import { GOALS_PERSONAL_DATA } from './goals.personal-data.js';

/** Goal events are an append-only history: SELECT and INSERT, and UPDATE of the note alone, which erasure clears (a trigger allows nothing else). */
export const GOALS_LIBRARY: ApiLibrary = {
  name: 'goals',
  module: GoalsModule,
  entities: [Goal, GoalEvent],
  appRoleGrants: { goal: ['SELECT', 'INSERT', 'UPDATE'], goal_event: ['SELECT', 'INSERT'] },
  migrations: MIGRATIONS,
  appRoleColumnGrants: { goal_event: { UPDATE: ['note'] } },
  personalData: GOALS_PERSONAL_DATA,
};
