import { randomUUID } from 'node:crypto';
import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { ManyToOne, PrimaryKey } from '@mikro-orm/decorators/legacy';
import { Tenant } from './tenant.entity.js';

/**
 * Base of every tenant-owned row: primary key (tenant_id, id), so the schema can be
 * distributed by tenant_id (Citus) and every foreign key carries the tenant too.
 * Subclasses must use `tenantOwned()` for their entity options (RLS + policy), and
 * declare relations to other tenant-owned entities with joinColumns ['tenant_id', 'x_id'].
 */
export abstract class TenantOwnedEntity {
  [PrimaryKeyProp]?: ['tenant', 'id'];

  @ManyToOne({ entity: () => Tenant, primary: true, ref: true, updateRule: 'no action', deleteRule: 'no action' })
  tenant!: Ref<Tenant>;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}
