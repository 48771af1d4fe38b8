import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Consortium } from './consortium.entity.js';

/** A staff member (of their own tenant) who coordinates a consortium. */
@Entity(tenantOwned<ConsortiumCoordinator>('consortium_coordinator'))
@Unique({ properties: ['tenant', 'consortium', 'user'] })
export class ConsortiumCoordinator extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Consortium, ref: true, updateRule: 'no action', deleteRule: 'no action' })
  consortium!: Ref<Consortium>;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'user_id'], updateRule: 'no action', deleteRule: 'no action' })
  user!: Ref<UserAccount>;
}
