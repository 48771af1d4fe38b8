import type { Opt } from '@mikro-orm/core';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';

/**
 * One audited action: every mutation and every read of a person's record.
 * Append-only: the application role may insert and select, never update or delete.
 * No foreign keys, so the trail outlives what it describes.
 */
@Entity(tenantOwned<AuditEvent>('audit_event'))
@Index({ properties: ['tenant', 'residentId', 'occurredAt'] })
@Index({ properties: ['tenant', 'entityType', 'entityId'] })
export class AuditEvent extends TenantOwnedEntity {
  @Property({ type: 'uuid' })
  userId!: string;

  /** READ, CREATE, UPDATE, ADMIT, DISCHARGE, … */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  entityType!: string;

  @Property({ type: 'text' })
  entityId!: string;

  /** The resident whose record this concerns, for "who looked at this resident". */
  @Property({ type: 'uuid', nullable: true })
  residentId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  occurredAt: Opt<Date> = new Date();

  @Property({ type: 'text' })
  requestId!: string;
}
