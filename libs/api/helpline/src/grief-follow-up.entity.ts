import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { FollowUpStatus } from '@bridgeway/shared-domain';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Department, UserAccount } from '@bridgeway/api-organisations';
import { Relative } from '@bridgeway/api-relatives';

/** A bereaved relative's follow-up plan after an overdose death: a series of planned contacts. */
@Entity(tenantOwned<GriefFollowUp>('grief_follow_up'))
@Index({ properties: ['tenant', 'relative'] })
export class GriefFollowUp extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Relative, ref: true, joinColumns: ['tenant_id', 'relative_id'], updateRule: 'no action', deleteRule: 'no action' })
  relative!: Ref<Relative>;

  /** YYYY-MM-DD. */
  @Property({ type: 'date' })
  startedOn!: string;

  @Enum({ items: () => FollowUpStatus, nativeEnumName: 'follow_up_status', default: FollowUpStatus.ACTIVE })
  status: Opt<FollowUpStatus> = FollowUpStatus.ACTIVE;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'responsible_id'], updateRule: 'no action', deleteRule: 'no action' })
  responsible!: Ref<UserAccount>;

  @ManyToOne({ entity: () => Department, ref: true, nullable: true, joinColumns: ['tenant_id', 'department_id'], updateRule: 'no action', deleteRule: 'no action' })
  department?: Ref<Department> | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
