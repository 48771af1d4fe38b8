import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { StrategicPlan } from './strategic-plan.entity.js';

/** An objective of a plan; removing it removes its indicators (cascade, docs/plans.md). */
@Entity(tenantOwned<Objective>('objective'))
@Index({ properties: ['tenant', 'plan', 'position'] })
export class Objective extends TenantOwnedEntity {
  @ManyToOne({ entity: () => StrategicPlan, ref: true, joinColumns: ['tenant_id', 'plan_id'], updateRule: 'no action', deleteRule: 'no action' })
  plan!: Ref<StrategicPlan>;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'integer' })
  position!: number;
}
