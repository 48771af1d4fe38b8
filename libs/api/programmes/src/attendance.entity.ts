import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { Relative } from '@bridgeway/api-relatives';
import { Member } from './member.entity.js';
import { Meeting } from './meeting.entity.js';

/**
 * One named participant's attendance at one meeting: a resident, a relative or a member,
 * exactly one. One row per participant and meeting (unique indexes): two people taking
 * attendance at once write per participant, and the last write of a participant wins.
 * `present = false` records an explicit "did not come" (e.g. an enrolled course participant).
 */
@Entity(tenantOwned<Attendance>('attendance'))
@Check({ name: 'attendance_one_participant', expression: 'num_nonnulls(resident_id, relative_id, member_id) = 1' })
@Index({ name: 'attendance_resident_unique', expression: 'create unique index "attendance_resident_unique" on "attendance" ("tenant_id", "meeting_id", "resident_id") where "resident_id" is not null' })
@Index({ name: 'attendance_relative_unique', expression: 'create unique index "attendance_relative_unique" on "attendance" ("tenant_id", "meeting_id", "relative_id") where "relative_id" is not null' })
@Index({ name: 'attendance_member_unique', expression: 'create unique index "attendance_member_unique" on "attendance" ("tenant_id", "meeting_id", "member_id") where "member_id" is not null' })
// A person's attendance in their case file.
@Index({ name: 'attendance_by_resident', expression: 'create index "attendance_by_resident" on "attendance" ("tenant_id", "resident_id") where "resident_id" is not null' })
@Index({ name: 'attendance_by_relative', expression: 'create index "attendance_by_relative" on "attendance" ("tenant_id", "relative_id") where "relative_id" is not null' })
export class Attendance extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Meeting, ref: true, joinColumns: ['tenant_id', 'meeting_id'], updateRule: 'no action', deleteRule: 'no action' })
  meeting!: Ref<Meeting>;

  @ManyToOne({ entity: () => Resident, ref: true, nullable: true, joinColumns: ['tenant_id', 'resident_id'], updateRule: 'no action', deleteRule: 'no action' })
  resident?: Ref<Resident> | null;

  @ManyToOne({ entity: () => Relative, ref: true, nullable: true, joinColumns: ['tenant_id', 'relative_id'], updateRule: 'no action', deleteRule: 'no action' })
  relative?: Ref<Relative> | null;

  @ManyToOne({ entity: () => Member, ref: true, nullable: true, joinColumns: ['tenant_id', 'member_id'], updateRule: 'no action', deleteRule: 'no action' })
  member?: Ref<Member> | null;

  @Property({ type: 'boolean', default: true })
  present: Opt<boolean> = true;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'recorded_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  recordedBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  recordedAt: Opt<Date> = new Date();
}
