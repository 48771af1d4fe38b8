import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Department } from '@bridgeway/api-organisations';

/** A sober-living house or flat. Its capacity is its number of (active) beds. */
@Entity(tenantOwned<Residence>('residence'))
export class Residence extends TenantOwnedEntity {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  address?: string | null;

  /** YYYY-MM-DD. */
  @Property({ type: 'date', nullable: true })
  openedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @ManyToOne({ entity: () => Department, ref: true, nullable: true, joinColumns: ['tenant_id', 'department_id'], updateRule: 'no action', deleteRule: 'no action' })
  department?: Ref<Department> | null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
