import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { MeetingStatus } from '@bridgeway/shared-domain';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Programme } from './programme.entity.js';

/**
 * One meeting of a programme. Generated ones keep the slot they were generated for
 * (`scheduledFor`, unique per programme) so generating again never duplicates a meeting that
 * was moved or cancelled; one-off meetings have none. Held = attendance was taken.
 */
@Entity(tenantOwned<Meeting>('meeting'))
@Check({ name: 'meeting_ends_after_start', expression: 'ends_at > starts_at' })
@Check({ name: 'meeting_guest_count_range', expression: 'guest_count >= 0 and guest_count <= 10000' })
@Check({ name: 'meeting_cancel_reason', expression: "status <> 'CANCELLED' or cancel_reason is not null" })
@Index({ name: 'meeting_slot_unique', expression: 'create unique index "meeting_slot_unique" on "meeting" ("tenant_id", "programme_id", "scheduled_for") where "scheduled_for" is not null' })
@Index({ properties: ['tenant', 'programme', 'startsAt'] })
// Meetings of a period (figures, next meetings).
@Index({ properties: ['tenant', 'startsAt'], include: ['programme_id', 'status', 'endsAt', 'guestCount'] as never })
export class Meeting extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Programme, ref: true, joinColumns: ['tenant_id', 'programme_id'], updateRule: 'no action', deleteRule: 'no action' })
  programme!: Ref<Programme>;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  /** The schedule slot this meeting was generated for; null for one-off meetings. */
  @Property({ type: 'timestamptz', nullable: true })
  scheduledFor?: Date | null;

  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status', default: MeetingStatus.SCHEDULED })
  status: Opt<MeetingStatus> = MeetingStatus.SCHEDULED;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  /** Overrides the programme's place for this meeting. */
  @Property({ type: 'text', nullable: true })
  place?: string | null;

  /** Anonymous guests (open and digital meetings are often anonymous). */
  @Property({ type: 'integer', default: 0 })
  guestCount: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  attendanceTakenAt?: Date | null;

  @ManyToOne({ entity: () => UserAccount, ref: true, nullable: true, joinColumns: ['tenant_id', 'attendance_taken_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  attendanceTakenBy?: Ref<UserAccount> | null;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
