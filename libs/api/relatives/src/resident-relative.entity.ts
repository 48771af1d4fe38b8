import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Resident } from '@bridgeway/api-residents';
import { Relationship } from '@bridgeway/shared-domain';
import { Relative } from './relative.entity.js';

/** Links a relative to a resident, with how they are related. */
@Entity(tenantOwned<ResidentRelative>('resident_relative'))
@Unique({ properties: ['tenant', 'resident', 'relative'] })
export class ResidentRelative extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Resident, ref: true, joinColumns: ['tenant_id', 'resident_id'], updateRule: 'no action', deleteRule: 'no action' })
  resident!: Ref<Resident>;

  @ManyToOne({ entity: () => Relative, ref: true, joinColumns: ['tenant_id', 'relative_id'], updateRule: 'no action', deleteRule: 'cascade' })
  relative!: Ref<Relative>;

  @Enum({ items: () => Relationship, nativeEnumName: 'relationship' })
  relationship!: Relationship;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
