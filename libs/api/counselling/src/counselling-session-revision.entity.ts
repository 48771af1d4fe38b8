import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { GoalDomain, SessionKind } from '@bridgeway/shared-domain';
import { CounsellingSession } from './counselling-session.entity.js';

export enum SessionChange {
  CORRECTED = 'CORRECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** The values a session held before a change (notes are as confidential as the session's). */
export interface SessionValues {
  occurredOn: string;
  durationMinutes: number;
  kind: SessionKind;
  domains: GoalDomain[];
  notes: string | null;
}

/** Append-only history of a session: one row per correction or withdrawal (the app never updates or deletes these). */
@Entity(tenantOwned<CounsellingSessionRevision>('counselling_session_revision'))
@Index({ properties: ['tenant', 'session', 'changedAt'] })
export class CounsellingSessionRevision extends TenantOwnedEntity {
  @ManyToOne({ entity: () => CounsellingSession, ref: true, joinColumns: ['tenant_id', 'session_id'], updateRule: 'no action', deleteRule: 'no action' })
  session!: Ref<CounsellingSession>;

  @Enum({ items: () => SessionChange, nativeEnumName: 'session_change' })
  change!: SessionChange;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'changed_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  changedBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  changedAt: Opt<Date> = new Date();

  @Property({ type: 'text' })
  reason!: string;

  /** The session's values before this change. */
  @Property({ type: 'jsonb' })
  previous!: SessionValues;
}
