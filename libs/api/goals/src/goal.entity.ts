import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { GoalDomain, GoalStatus } from '@bridgeway/shared-domain';

/** A reintegration goal in one life domain; `version` is the optimistic lock clients send back. */
@Entity(tenantOwned<Goal>('goal'))
@Check({ name: 'goal_progress_range', expression: 'progress >= 0 and progress <= 100' }) // as PostgreSQL stores it: no schema-diff churn
@Index({ properties: ['tenant', 'resident'] })
export class Goal extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Resident, ref: true, joinColumns: ['tenant_id', 'resident_id'], updateRule: 'no action', deleteRule: 'no action' })
  resident!: Ref<Resident>;

  @Enum({ items: () => GoalDomain, nativeEnumName: 'goal_domain' })
  domain!: GoalDomain;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'date', nullable: true })
  targetDate?: string | null;

  @Enum({ items: () => GoalStatus, nativeEnumName: 'goal_status' })
  status: Opt<GoalStatus> = GoalStatus.PLANNED;

  @Property({ type: 'integer' })
  progress: Opt<number> = 0;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'created_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  createdBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
