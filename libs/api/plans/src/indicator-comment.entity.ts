import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Indicator } from './indicator.entity.js';

/** A manager's comment on an indicator for one report period (one per indicator and period: upserted). */
@Entity(tenantOwned<IndicatorComment>('indicator_comment'))
@Unique({ properties: ['tenant', 'indicator', 'periodFrom', 'periodTo'] })
export class IndicatorComment extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Indicator, ref: true, joinColumns: ['tenant_id', 'indicator_id'], updateRule: 'no action', deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  @Property({ type: 'date' })
  periodFrom!: string;

  @Property({ type: 'date' })
  periodTo!: string;

  @Property({ type: 'text' })
  comment!: string;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'updated_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  updatedBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  updatedAt: Opt<Date> = new Date();
}
