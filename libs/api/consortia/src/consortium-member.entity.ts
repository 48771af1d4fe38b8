import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Consortium } from './consortium.entity.js';

/**
 * A tenant's membership of a consortium. Owned by the member tenant; the extra SELECT policy
 * lets everyone who sees the consortium see its member list (ids only: names come from `tenant`).
 */
@Entity(
  tenantOwned<ConsortiumMember>('consortium_member', {
    policies: [{ name: 'consortium_member_visible', command: 'select', using: 'consortium_id in (select consortium_visible_ids())' }],
  }),
)
@Unique({ properties: ['tenant', 'consortium', 'joinedOn'] })
export class ConsortiumMember extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Consortium, ref: true, updateRule: 'no action', deleteRule: 'no action' })
  consortium!: Ref<Consortium>;

  @Property({ type: 'date' })
  joinedOn!: string;

  @Property({ type: 'date', nullable: true })
  leftOn?: string | null;
}
