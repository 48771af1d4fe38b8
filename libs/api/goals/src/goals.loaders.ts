import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { Goal } from './goal.entity.js';
import { GoalEvent } from './goal-event.entity.js';
import { type GoalType, toGoalType } from './goal.type.js';
import { type GoalEventType, toGoalEventType } from './goal-event.type.js';

/** Request-scoped batch loaders: one query per relation for a whole list. */
@Injectable()
export class GoalsLoaders {
  constructor(private readonly em: EntityManager) {}

  /** A resident's goals, oldest first. */
  goalsOfResident(residentId: string): Promise<GoalType[]> {
    return requestLoader<string, GoalType[]>('goals.byResident', async (ids) => {
      const { tenantId } = getActor();
      const goals = await this.em.find(Goal, { tenant: tenantId, resident: { $in: ids.map((id) => [tenantId, id]) } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return byKey(ids, goals, (g) => g.resident.id, (group) => group.map(toGoalType));
    }).load(residentId);
  }

  /** A goal's history, oldest first. */
  historyOfGoal(goalId: string): Promise<GoalEventType[]> {
    return requestLoader<string, GoalEventType[]>('goals.historyByGoal', async (ids) => {
      const { tenantId } = getActor();
      const events = await this.em.find(GoalEvent, { tenant: tenantId, goal: { $in: ids.map((id) => [tenantId, id]) } }, { orderBy: { changedAt: 'asc', id: 'asc' } });
      return byKey(ids, events, (e) => e.goal.id, (group) => group.map(toGoalEventType));
    }).load(goalId);
  }
}
