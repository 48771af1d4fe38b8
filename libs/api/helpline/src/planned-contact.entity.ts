import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { PlannedContactStatus } from '@bridgeway/shared-domain';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { GriefFollowUp } from './grief-follow-up.entity.js';

/** One planned contact of a grief follow-up plan. */
@Entity(tenantOwned<PlannedContact>('planned_contact'))
@Check({ name: 'planned_contact_done_on', expression: "(status = 'DONE') = (done_on is not null)" })
@Index({ properties: ['tenant', 'followUp', 'plannedOn'] })
@Index({ properties: ['tenant', 'doneOn'] })
export class PlannedContact extends TenantOwnedEntity {
  @ManyToOne({ entity: () => GriefFollowUp, ref: true, joinColumns: ['tenant_id', 'follow_up_id'], updateRule: 'no action', deleteRule: 'no action' })
  followUp!: Ref<GriefFollowUp>;

  /** YYYY-MM-DD. */
  @Property({ type: 'date' })
  plannedOn!: string;

  @Enum({ items: () => PlannedContactStatus, nativeEnumName: 'planned_contact_status', default: PlannedContactStatus.PLANNED })
  status: Opt<PlannedContactStatus> = PlannedContactStatus.PLANNED;

  @Property({ type: 'date', nullable: true })
  doneOn?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
