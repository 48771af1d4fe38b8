import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { CallerKind, ContactChannel, ContactOutcome, HelplineTopic } from '@bridgeway/shared-domain';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Department, UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { Relative } from '@bridgeway/api-relatives';

/**
 * One contact on the relatives' helpline, logged during or right after the call. Anonymous
 * unless linked to a relative or resident record (at most one).
 */
@Entity(tenantOwned<HelplineContact>('helpline_contact'))
@Check({ name: 'helpline_contact_duration_range', expression: 'duration_minutes >= 0 and duration_minutes <= 600' })
@Check({ name: 'helpline_contact_one_person', expression: 'num_nonnulls(relative_id, resident_id) <= 1' })
@Check({ name: 'helpline_contact_referral', expression: "outcome <> 'REFERRED' or referred_to is not null" })
// Counts per month, channel and topic of a period, from the index alone.
@Index({ properties: ['tenant', 'occurredAt'], include: ['channel', 'topics', 'callerKind', 'department_id', 'durationMinutes'] as never })
@Index({ name: 'helpline_contact_by_relative', expression: 'create index "helpline_contact_by_relative" on "helpline_contact" ("tenant_id", "relative_id") where "relative_id" is not null' })
@Index({ name: 'helpline_contact_by_resident', expression: 'create index "helpline_contact_by_resident" on "helpline_contact" ("tenant_id", "resident_id") where "resident_id" is not null' })
export class HelplineContact extends TenantOwnedEntity {
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Enum({ items: () => ContactChannel, nativeEnumName: 'contact_channel' })
  channel!: ContactChannel;

  @Enum({ items: () => CallerKind, nativeEnumName: 'caller_kind' })
  callerKind!: CallerKind;

  @Enum({ items: () => HelplineTopic, array: true, nativeEnumName: 'helpline_topic', default: [] })
  topics: Opt<HelplineTopic[]> = [];

  @Enum({ items: () => ContactOutcome, nativeEnumName: 'contact_outcome' })
  outcome!: ContactOutcome;

  @Property({ type: 'text', nullable: true })
  referredTo?: string | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @ManyToOne({ entity: () => Relative, ref: true, nullable: true, joinColumns: ['tenant_id', 'relative_id'], updateRule: 'no action', deleteRule: 'no action' })
  relative?: Ref<Relative> | null;

  @ManyToOne({ entity: () => Resident, ref: true, nullable: true, joinColumns: ['tenant_id', 'resident_id'], updateRule: 'no action', deleteRule: 'no action' })
  resident?: Ref<Resident> | null;

  @ManyToOne({ entity: () => Department, ref: true, nullable: true, joinColumns: ['tenant_id', 'department_id'], updateRule: 'no action', deleteRule: 'no action' })
  department?: Ref<Department> | null;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'recorded_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  recordedBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
