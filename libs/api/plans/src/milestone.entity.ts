import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { MilestoneStatus } from './plan-enums.js';
import { StrategicPlan } from './strategic-plan.entity.js';

/** A dated step of a plan (A-LARM: start in October, evaluations, a media push). */
@Entity(tenantOwned<Milestone>('milestone'))
@Index({ properties: ['tenant', 'plan', 'dueOn'] })
@Check({ name: 'milestone_done_on_check', expression: "(status = 'DONE') = (done_on is not null)" })
export class Milestone extends TenantOwnedEntity {
  @ManyToOne({ entity: () => StrategicPlan, ref: true, joinColumns: ['tenant_id', 'plan_id'], updateRule: 'no action', deleteRule: 'no action' })
  plan!: Ref<StrategicPlan>;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  @Enum({ items: () => MilestoneStatus, nativeEnumName: 'milestone_status' })
  status!: MilestoneStatus;

  @Property({ type: 'date', nullable: true })
  doneOn?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
