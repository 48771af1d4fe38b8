import type { Ref } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Indicator } from './indicator.entity.js';

/** The target of an indicator for one calendar year of the plan. */
@Entity(tenantOwned<IndicatorYearTarget>('indicator_year_target'))
@Unique({ properties: ['tenant', 'indicator', 'year'] })
@Check({ name: 'indicator_year_target_target_check', expression: 'target >= 0' })
export class IndicatorYearTarget extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Indicator, ref: true, joinColumns: ['tenant_id', 'indicator_id'], updateRule: 'no action', deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'double precision' })
  target!: number;
}
