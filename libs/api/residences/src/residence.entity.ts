import type { Opt } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';

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

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
