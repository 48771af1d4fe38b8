import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { firstPerParent, withoutRank } from '@bridgeway/api-query-limits';
import { GoalEvent } from './goal-event.entity.js';
import { type GoalType, goalFromRow } from './goal.type.js';
import { type GoalEventType, toGoalEventType } from './goal-event.type.js';

/** Request-scoped batch loaders: one query per relation for a whole list. */
@Injectable()
export class GoalsLoaders {
  constructor(private readonly em: EntityManager) {}

  /** A resident's first `first` goals, oldest first (the page is cut in SQL, per resident). */
  goalsOfResident(residentId: string, first: number): Promise<GoalType[]> {
    return requestLoader<string, GoalType[]>(`goals.byResident:${first}`, async (ids) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        firstPerParent({ table: 'goal', parent: 'resident_id', orderBy: 't.created_at, t.id' }),
        { tenantId: getActor().tenantId, parentIds: [...ids], first },
      );
      const goals = withoutRank(rows).map(goalFromRow);
      return byKey(ids, goals, (g) => g.residentId, (group) => group);
    }).load(residentId);
  }

  /** A goal's latest `first` history entries, oldest first (the page is cut in SQL, per goal). */
  historyOfGoal(goalId: string, first: number): Promise<GoalEventType[]> {
    return requestLoader<string, GoalEventType[]>(`goals.historyByGoal:${first}`, async (ids) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        firstPerParent({ table: 'goal_event', parent: 'goal_id', orderBy: 't.changed_at desc, t.id desc', reversed: true }),
        { tenantId: getActor().tenantId, parentIds: [...ids], first },
      );
      const events = withoutRank(rows).map((row) => this.em.map(GoalEvent, row));
      return byKey(ids, events, (e) => e.goal.id, (group) => group.map(toGoalEventType));
    }).load(goalId);
  }
}
