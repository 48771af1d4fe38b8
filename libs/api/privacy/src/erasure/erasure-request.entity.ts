import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { DataSubjectKind, ErasureRefusalReason, ErasureRequestChannel, ErasureRequestStatus } from '@bridgeway/shared-domain';

/**
 * A person's art. 17 request to have their data erased, and what became of it. It stores the
 * subject's id, never their name (lists read the name live from the person's own record, which
 * erasure anonymises), and a short optional staff note that erasure clears.
 */
@Entity(tenantOwned<ErasureRequest>('erasure_request'))
@Index({ properties: ['tenant', 'status', 'receivedOn'] })
@Index({ properties: ['tenant', 'subjectId'] })
@Index({
  name: 'erasure_request_one_pending_index',
  expression: `create unique index "erasure_request_one_pending_index" on "erasure_request" ("tenant_id", "subject_kind", "subject_id") where "status" = 'PENDING'`,
})
export class ErasureRequest extends TenantOwnedEntity {
  @Enum({ items: () => DataSubjectKind })
  subjectKind!: DataSubjectKind;

  /** The resident's, relative's or member's id (no foreign key: the kind says which table). */
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'date' })
  receivedOn!: string;

  @Enum({ items: () => ErasureRequestChannel })
  channel!: ErasureRequestChannel;

  /** Staff's short note (e.g. how identity was checked); set to null when the request is carried out. */
  @Property({ type: 'text', nullable: true })
  staffNote?: string | null;

  @Enum({ items: () => ErasureRequestStatus })
  status: Opt<ErasureRequestStatus> = ErasureRequestStatus.PENDING;

  @Enum({ items: () => ErasureRefusalReason, nullable: true })
  refusalReason?: ErasureRefusalReason | null;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'recorded_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  recordedBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  recordedAt: Opt<Date> = new Date();

  @ManyToOne({ entity: () => UserAccount, ref: true, nullable: true, joinColumns: ['tenant_id', 'decided_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  decidedBy?: Ref<UserAccount> | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  /** Rows the erasure changed or deleted, over every table (details in the ERASE audit row). */
  @Property({ type: 'integer', nullable: true })
  erasedRows?: number | null;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;
}
