import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { EnrolmentStatus } from '@bridgeway/shared-domain';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Resident } from '@bridgeway/api-residents';
import { Relative } from '@bridgeway/api-relatives';
import { Member } from './member.entity.js';
import { Programme } from './programme.entity.js';

/**
 * A named participant's enrolment in a programme (courses: completion and hours; groups: the
 * regular participants listed on the attendance screen). Exactly one of resident, relative,
 * member; at most one enrolment per person and programme.
 */
@Entity(tenantOwned<Enrolment>('enrolment'))
@Check({ name: 'enrolment_one_participant', expression: 'num_nonnulls(resident_id, relative_id, member_id) = 1' })
@Check({ name: 'enrolment_completion_date', expression: "(status = 'ENROLLED') = (completed_on is null)" })
@Check({ name: 'enrolment_hours_range', expression: 'hours is null or (hours >= 0 and hours <= 1000)' })
@Index({ name: 'enrolment_resident_unique', expression: 'create unique index "enrolment_resident_unique" on "enrolment" ("tenant_id", "programme_id", "resident_id") where "resident_id" is not null' })
@Index({ name: 'enrolment_relative_unique', expression: 'create unique index "enrolment_relative_unique" on "enrolment" ("tenant_id", "programme_id", "relative_id") where "relative_id" is not null' })
@Index({ name: 'enrolment_member_unique', expression: 'create unique index "enrolment_member_unique" on "enrolment" ("tenant_id", "programme_id", "member_id") where "member_id" is not null' })
export class Enrolment extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Programme, ref: true, joinColumns: ['tenant_id', 'programme_id'], updateRule: 'no action', deleteRule: 'no action' })
  programme!: Ref<Programme>;

  @ManyToOne({ entity: () => Resident, ref: true, nullable: true, joinColumns: ['tenant_id', 'resident_id'], updateRule: 'no action', deleteRule: 'no action' })
  resident?: Ref<Resident> | null;

  @ManyToOne({ entity: () => Relative, ref: true, nullable: true, joinColumns: ['tenant_id', 'relative_id'], updateRule: 'no action', deleteRule: 'no action' })
  relative?: Ref<Relative> | null;

  @ManyToOne({ entity: () => Member, ref: true, nullable: true, joinColumns: ['tenant_id', 'member_id'], updateRule: 'no action', deleteRule: 'no action' })
  member?: Ref<Member> | null;

  /** YYYY-MM-DD. */
  @Property({ type: 'date' })
  enrolledOn!: string;

  @Enum({ items: () => EnrolmentStatus, nativeEnumName: 'enrolment_status', default: EnrolmentStatus.ENROLLED })
  status: Opt<EnrolmentStatus> = EnrolmentStatus.ENROLLED;

  /** Set when completed or not completed. */
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  /** Hours credited to the participant (courses). */
  @Property({ type: 'numeric', precision: 6, scale: 1, nullable: true })
  hours?: string | null;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
