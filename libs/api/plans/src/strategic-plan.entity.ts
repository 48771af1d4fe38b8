import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Consortium } from '@bridgeway/api-consortia';
import { PlanLevel } from './plan-enums.js';

/**
 * A strategic plan of an organisation, or of a consortium (then owned by its coordinator's
 * tenant, so row security keeps it there). `version` is the optimistic lock of its own fields.
 */
@Entity(tenantOwned<StrategicPlan>('strategic_plan'))
@Check({ name: 'strategic_plan_period_check', expression: 'period_end > period_start' })
@Check({ name: 'strategic_plan_consortium_check', expression: "(level = 'CONSORTIUM') = (consortium_id is not null)" })
@Index({ properties: ['tenant', 'level'] })
export class StrategicPlan extends TenantOwnedEntity {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Enum({ items: () => PlanLevel, nativeEnumName: 'plan_level' })
  level!: PlanLevel;

  @ManyToOne({ entity: () => Consortium, ref: true, nullable: true, updateRule: 'no action', deleteRule: 'no action' })
  consortium?: Ref<Consortium> | null;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'created_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  createdBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
