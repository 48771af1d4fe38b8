import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Residence } from './residence.entity.js';

/** One bed in a room of a residence. A retired bed no longer counts towards capacity. */
@Entity(tenantOwned<Bed>('bed'))
@Unique({ properties: ['tenant', 'residence', 'room', 'label'] })
export class Bed extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Residence, ref: true, joinColumns: ['tenant_id', 'residence_id'], updateRule: 'no action', deleteRule: 'no action' })
  residence!: Ref<Residence>;

  /** Room name or number as the house uses it. */
  @Property({ type: 'text' })
  room!: string;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'date', nullable: true })
  retiredOn?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
