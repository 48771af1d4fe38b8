import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { ResidentStatus } from '@bridgeway/shared-domain';

/** A person supported by the organisation, whether or not they live in a residence now. */
@Entity(tenantOwned<Resident>('resident'))
@Index({ properties: ['tenant', 'keyWorker'] })
@Index({ name: 'resident_name_trgm_index', expression: `create index "resident_name_trgm_index" on "resident" using gin ((lower("first_name" || ' ' || "last_name")) gin_trgm_ops)` })
export class Resident extends TenantOwnedEntity {
  @Property({ type: 'text' })
  firstName!: string;

  @Property({ type: 'text' })
  lastName!: string;

  @Property({ type: 'date', nullable: true })
  dateOfBirth?: string | null;

  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  email?: string | null;

  /** The counsellor responsible. */
  @ManyToOne({ entity: () => UserAccount, ref: true, nullable: true, joinColumns: ['tenant_id', 'key_worker_id'], updateRule: 'no action', deleteRule: 'no action' })
  keyWorker?: Ref<UserAccount> | null;

  @Enum({ items: () => ResidentStatus, nativeEnumName: 'resident_status' })
  status: Opt<ResidentStatus> = ResidentStatus.FOLLOW_UP;

  @Property({ type: 'date' })
  intakeDate!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;
}
