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

  /** The server-made id of the request (never a client's). */
  @Property({ type: 'text' })
  requestId!: string;

  /** The X-Request-Id a client sent, if any: for correlating its logs only, not trusted. */
  @Property({ type: 'text', nullable: true })
  clientRequestId?: string | null;

  /** What changed, for actions whose meaning needs it (e.g. ASSIGN_KEY_WORKER: from, to). Never notes or contact data. */
  @Property({ type: 'jsonb', nullable: true })
  details?: Record<string, unknown> | null;
}
