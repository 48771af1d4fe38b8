import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';

/**
 * One decision of a resident about their data in consortium statistics (history kept: rows are
 * never updated). The latest decision (decided_on, then created_at) counts; no row = not withdrawn.
 */
@Entity(tenantOwned<ResidentConsent>('resident_consent'))
@Index({ properties: ['tenant', 'resident', 'decidedOn', 'createdAt'] })
export class ResidentConsent extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Resident, ref: true, joinColumns: ['tenant_id', 'resident_id'], updateRule: 'no action', deleteRule: 'no action' })
  resident!: Ref<Resident>;

  @Property({ type: 'boolean' })
  given!: boolean;

  @Property({ type: 'date' })
  decidedOn!: string;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'recorded_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  recordedBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
