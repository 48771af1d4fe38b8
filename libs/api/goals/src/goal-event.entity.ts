import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { GoalStatus } from '@bridgeway/shared-domain';
import { Goal } from './goal.entity.js';

/** One entry of a goal's history: who changed what, when, from → to, and why. Append-only. */
@Entity(tenantOwned<GoalEvent>('goal_event'))
@Index({ properties: ['tenant', 'goal', 'changedAt'] })
export class GoalEvent extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Goal, ref: true, joinColumns: ['tenant_id', 'goal_id'], updateRule: 'no action', deleteRule: 'cascade' })
  goal!: Ref<Goal>;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'changed_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  changedBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  changedAt: Opt<Date> = new Date();

  @Enum({ items: () => GoalStatus, nativeEnumName: 'goal_status', nullable: true })
  fromStatus?: GoalStatus | null;

  @Enum({ items: () => GoalStatus, nativeEnumName: 'goal_status' })
  toStatus!: GoalStatus;

  @Property({ type: 'integer', nullable: true })
  fromProgress?: number | null;

  @Property({ type: 'integer' })
  toProgress!: number;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
