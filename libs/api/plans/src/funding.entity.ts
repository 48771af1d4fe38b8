import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { StrategicPlan } from './strategic-plan.entity.js';

/** Money a plan is funded with; amount as numeric text (never a float). */
@Entity(tenantOwned<Funding>('funding'))
@Index({ properties: ['tenant', 'plan'] })
@Check({ name: 'funding_amount_check', expression: 'amount >= 0' })
@Check({ name: 'funding_currency_check', expression: "currency ~ '^[A-Z]{3}$'" })
export class Funding extends TenantOwnedEntity {
  @ManyToOne({ entity: () => StrategicPlan, ref: true, joinColumns: ['tenant_id', 'plan_id'], updateRule: 'no action', deleteRule: 'no action' })
  plan!: Ref<StrategicPlan>;

  @Property({ type: 'text' })
  funder!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Property({ type: 'character', length: 3 })
  currency!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
