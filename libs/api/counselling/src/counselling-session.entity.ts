import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { Relative } from '@bridgeway/api-relatives';
import { GoalDomain, SessionKind } from '@bridgeway/shared-domain';

/**
 * One counselling contact with a resident and/or a relative. "Counselling hours"
 * are summed from durationMinutes. Notes are readable only by their author, the
 * resident's key worker and the tenant's managers (enforced in the resolver).
 */
@Entity(tenantOwned<CounsellingSession>('counselling_session'))
@Check({ name: 'counselling_session_duration_range', expression: 'duration_minutes >= 1 and duration_minutes <= 600' }) // as PostgreSQL stores it: no schema-diff churn
@Check({ name: 'counselling_session_has_client', expression: 'resident_id is not null or relative_id is not null' })
// Covering (index-only scans): minutes per resident, in a range or not, and the counselling totals of a period;
// withdrawnAt is included because those figures leave withdrawn sessions out.
@Index({ properties: ['tenant', 'resident', 'occurredOn'], include: ['durationMinutes', 'withdrawnAt'] })
@Index({ properties: ['tenant', 'counsellor', 'occurredOn'] })
// The relations are included by column name: as properties they would repeat tenant_id.
@Index({ properties: ['tenant', 'occurredOn'], include: ['counsellor_id', 'resident_id', 'durationMinutes', 'kind', 'withdrawnAt'] as never })
export class CounsellingSession extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Resident, ref: true, nullable: true, joinColumns: ['tenant_id', 'resident_id'], updateRule: 'no action', deleteRule: 'no action' })
  resident?: Ref<Resident> | null;

  @ManyToOne({ entity: () => Relative, ref: true, nullable: true, joinColumns: ['tenant_id', 'relative_id'], updateRule: 'no action', deleteRule: 'no action' })
  relative?: Ref<Relative> | null;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'counsellor_id'], updateRule: 'no action', deleteRule: 'no action' })
  counsellor!: Ref<UserAccount>;

  @Property({ type: 'date' })
  occurredOn!: string;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Enum({ items: () => SessionKind, nativeEnumName: 'session_kind' })
  kind!: SessionKind;

  /** Life domains the session worked on. */
  @Enum({ items: () => GoalDomain, array: true, nativeEnumName: 'goal_domain', default: [] })
  domains: Opt<GoalDomain[]> = [];

  @Property({ type: 'text', nullable: true, lazy: false })
  notes?: string | null;

  // Optional solution-focused structure (LØFT: hopes, resources, useful experience, next step).
  @Property({ type: 'text', nullable: true })
  hopes?: string | null;

  @Property({ type: 'text', nullable: true })
  resources?: string | null;

  @Property({ type: 'text', nullable: true })
  usefulExperience?: string | null;

  @Property({ type: 'text', nullable: true })
  nextStep?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  /** Bumped by every correction or withdrawal (expectedVersion). */
  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;

  // A wrong session is never deleted: withdrawn, it stays in the case file and leaves every figure.
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;

  @ManyToOne({ entity: () => UserAccount, ref: true, nullable: true, joinColumns: ['tenant_id', 'withdrawn_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  withdrawnBy?: Ref<UserAccount> | null;

  @Property({ type: 'text', nullable: true })
  withdrawalReason?: string | null;
}
