import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { GoalDomain, MeetingMode, ProgrammeAudience, ProgrammeKind, ProgrammeStatus } from '@bridgeway/shared-domain';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Department } from '@bridgeway/api-organisations';

/**
 * A group, activity, course, digital meeting place, seminar or café: one model with a kind
 * (ADR 0008). A recurring programme has a schedule (every `scheduleIntervalWeeks` weeks on
 * `scheduleWeekday`, from `startsOn`), from which meetings are generated a few weeks ahead.
 */
@Entity(tenantOwned<Programme>('programme'))
@Check({ name: 'programme_video_has_link', expression: "mode <> 'VIDEO' or meeting_link is not null" })
@Check({ name: 'programme_ends_after_start', expression: 'ends_on is null or ends_on >= starts_on' })
@Check({
  name: 'programme_schedule_complete',
  // As PostgreSQL stores it: no schema-diff churn. All four schedule columns or none.
  expression:
    '((schedule_interval_weeks IS NULL) AND (schedule_weekday IS NULL) AND (schedule_start_time IS NULL) AND (schedule_end_time IS NULL)) OR (((schedule_interval_weeks >= 1) AND (schedule_interval_weeks <= 4)) AND ((schedule_weekday >= 1) AND (schedule_weekday <= 7)) AND (schedule_start_time IS NOT NULL) AND (schedule_end_time > schedule_start_time))',
})
@Index({ properties: ['tenant', 'department'] })
export class Programme extends TenantOwnedEntity {
  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => ProgrammeKind, nativeEnumName: 'programme_kind' })
  kind!: ProgrammeKind;

  @Enum({ items: () => ProgrammeAudience, nativeEnumName: 'programme_audience' })
  audience!: ProgrammeAudience;

  @Enum({ items: () => MeetingMode, nativeEnumName: 'meeting_mode' })
  mode!: MeetingMode;

  /** Where it meets in person. */
  @Property({ type: 'text', nullable: true })
  place?: string | null;

  /** Video meetings: the link participants open. */
  @Property({ type: 'text', nullable: true })
  meetingLink?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne({ entity: () => Department, ref: true, nullable: true, joinColumns: ['tenant_id', 'department_id'], updateRule: 'no action', deleteRule: 'no action' })
  department?: Ref<Department> | null;

  /** Life domains the programme works toward (a work-skills course counts toward WORK goals). */
  @Enum({ items: () => GoalDomain, array: true, nativeEnumName: 'goal_domain', default: [] })
  goalDomains: Opt<GoalDomain[]> = [];

  @Enum({ items: () => ProgrammeStatus, nativeEnumName: 'programme_status', default: ProgrammeStatus.ACTIVE })
  status: Opt<ProgrammeStatus> = ProgrammeStatus.ACTIVE;

  /** YYYY-MM-DD: the first day; a schedule counts its weeks from here. */
  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;

  /** 1 = weekly, 2 = every other week …; null = no schedule (one-off meetings only). */
  @Property({ type: 'smallint', nullable: true })
  scheduleIntervalWeeks?: number | null;

  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  @Property({ type: 'smallint', nullable: true })
  scheduleWeekday?: number | null;

  /** HH:MM, local time of the organisation. */
  @Property({ type: 'time', nullable: true })
  scheduleStartTime?: string | null;

  @Property({ type: 'time', nullable: true })
  scheduleEndTime?: string | null;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
