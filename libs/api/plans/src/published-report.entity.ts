import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { StrategicPlan } from './strategic-plan.entity.js';

/**
 * A progress report as sent to the funder: the whole computed report (figures, targets, status,
 * comments) frozen in `snapshot`. Append-only: the app role may only SELECT and INSERT it.
 */
@Entity(tenantOwned<PublishedReport>('published_report'))
@Index({ properties: ['tenant', 'plan', 'periodFrom', 'periodTo', 'publishedAt'] })
export class PublishedReport extends TenantOwnedEntity {
  @ManyToOne({ entity: () => StrategicPlan, ref: true, joinColumns: ['tenant_id', 'plan_id'], updateRule: 'no action', deleteRule: 'no action' })
  plan!: Ref<StrategicPlan>;

  @Property({ type: 'date' })
  periodFrom!: string;

  @Property({ type: 'date' })
  periodTo!: string;

  @Property({ type: 'timestamptz' })
  publishedAt: Opt<Date> = new Date();

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'published_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  publishedBy!: Ref<UserAccount>;

  @Property({ type: 'jsonb' })
  snapshot!: unknown;
}
