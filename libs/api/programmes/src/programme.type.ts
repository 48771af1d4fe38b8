import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { GoalDomain, LeaderKind, MeetingMode, ProgrammeAudience, ProgrammeKind, ProgrammeStatus } from '@bridgeway/shared-domain';
import type { Programme } from './programme.entity.js';
import './graphql-enums.js';

@ObjectType('ProgrammeSchedule', { description: 'Every `intervalWeeks` weeks on `weekday`, counted from the programme start; local time of the organisation' })
export class ProgrammeScheduleType {
  @Field(() => Int, { description: '1 = weekly, 2 = every other week, … 4' }) intervalWeeks!: number;
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' }) weekday!: number;
  @Field({ description: 'HH:MM' }) startTime!: string;
  @Field({ description: 'HH:MM' }) endTime!: string;
}

@ObjectType('ProgrammeLeader', { description: 'A leader of a programme: a staff member or a volunteer' })
export class ProgrammeLeaderType {
  @Field(() => ID) id!: string;
  @Field(() => LeaderKind) kind!: LeaderKind;
  @Field() displayName!: string;
  @Field(() => ID, { nullable: true, description: 'The staff member (kind STAFF)' }) userId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The member record (kind VOLUNTEER)' }) memberId!: string | null;
  /** Not exposed. */
  programmeId!: string;
}

/**
 * GraphQL `Programme`. department, leaders, nextMeetings, meetings, enrolments and
 * attendanceHistory are field resolvers (ProgrammeFieldsResolver).
 */
@ObjectType('Programme', { description: 'A group, activity, course, digital meeting place, seminar or café (one model with a kind)' })
export class ProgrammeType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ProgrammeKind) kind!: ProgrammeKind;
  @Field(() => ProgrammeAudience) audience!: ProgrammeAudience;
  @Field(() => MeetingMode) mode!: MeetingMode;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) meetingLink!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [GoalDomain], { description: 'Life domains the programme works toward' }) goalDomains!: GoalDomain[];
  @Field(() => ProgrammeStatus) status!: ProgrammeStatus;
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar, { nullable: true }) endsOn!: string | null;
  @Field(() => ProgrammeScheduleType, { nullable: true, description: 'Null: no recurring meetings (one-off meetings only)' }) schedule!: ProgrammeScheduleType | null;
  @Field(() => Int, { description: 'Send it back with updateProgramme (CONFLICT when someone changed it since)' }) version!: number;
  /** Not exposed: resolved to `department`. */
  departmentId!: string | null;
}

@ObjectType('MeetingAttendance', { description: 'How many came to one held meeting' })
export class MeetingAttendanceType {
  @Field(() => ID) meetingId!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => Int, { description: 'Named participants present' }) named!: number;
  @Field(() => Int, { description: 'Anonymous guests' }) guests!: number;
}

/** "18:00:00" (PostgreSQL time) → "18:00". */
export const hoursMinutes = (time: string): string => time.slice(0, 5);

export function toProgrammeType(p: Programme): ProgrammeType {
  return Object.assign(new ProgrammeType(), {
    id: p.id,
    name: p.name,
    kind: p.kind,
    audience: p.audience,
    mode: p.mode,
    place: p.place ?? null,
    meetingLink: p.meetingLink ?? null,
    description: p.description ?? null,
    goalDomains: p.goalDomains ?? [],
    status: p.status,
    startsOn: p.startsOn,
    endsOn: p.endsOn ?? null,
    schedule: scheduleOf(p),
    version: p.version,
    departmentId: p.department?.id ?? null,
  });
}

/** The schedule columns (all four or none, by the table's check) as a ProgrammeSchedule. */
function scheduleOf({ scheduleIntervalWeeks, scheduleWeekday, scheduleStartTime, scheduleEndTime }: Programme): ProgrammeScheduleType | null {
  if (scheduleIntervalWeeks == null || scheduleWeekday == null || !scheduleStartTime || !scheduleEndTime) return null;
  return Object.assign(new ProgrammeScheduleType(), {
    intervalWeeks: scheduleIntervalWeeks,
    weekday: scheduleWeekday,
    startTime: hoursMinutes(scheduleStartTime),
    endTime: hoursMinutes(scheduleEndTime),
  });
}
