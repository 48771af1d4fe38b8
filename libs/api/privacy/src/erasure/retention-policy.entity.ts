import type { Opt } from '@mikro-orm/core';
import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';

/**
 * An organisation's retention period: how many months after a person's last activity their
 * record must be kept, and the law that says so. At most one row per tenant; none means
 * DEFAULT_RETENTION_MONTHS without a stated legal basis.
 */
@Entity(tenantOwned<RetentionPolicy>('retention_policy'))
@Unique({ properties: ['tenant'] })
export class RetentionPolicy extends TenantOwnedEntity {
  @Property({ type: 'integer' })
  months!: number;

  /** The legal basis in words, e.g. "Pasientjournalforskriften § 15 a". */
  @Property({ type: 'text', nullable: true })
  legalBasis?: string | null;

  /** The manager who set it last. */
  @Property({ type: 'uuid', nullable: true })
  updatedById?: string | null;

  @Property({ type: 'timestamptz' })
  updatedAt: Opt<Date> = new Date();

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;
}
