import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeetingStatus, ParticipantKind } from '@bridgeway/shared-domain';
import { declarePersonRecord, member, relative, resident } from '@bridgeway/api-audit';
import type { Meeting } from './meeting.entity.js';
import './graphql-enums.js';

/**
 * A named participant as group work shows them: who (id and kind) and a display name, nothing of
 * their case file. A group leader sees it only for the programmes they lead; every disclosure is
 * audited as a READ of the person (declared below).
 */
@ObjectType('Participant', { description: "A named participant: the resident's, relative's or member's id, and a display name only" })
export class ParticipantType {
  @Field(() => ID) id!: string;
  @Field(() => ParticipantKind) kind!: ParticipantKind;
  @Field() displayName!: string;
}

/** A participant's name discloses the person (and that they take part): audited like their record. */
declarePersonRecord<ParticipantType>('Participant', (p) => [
  p.kind === ParticipantKind.RESIDENT ? resident(p.id) : p.kind === ParticipantKind.RELATIVE ? relative(p.id) : member(p.id),
]);

@ObjectType('AttendanceEntry', { description: 'One named participant recorded at a meeting, present or not' })
export class AttendanceEntryType {
  @Field(() => ParticipantType) participant!: ParticipantType;
  @Field() present!: boolean;
}

/** GraphQL `Meeting`; programme, attendance and expected are field resolvers (MeetingFieldsResolver). */
@ObjectType('Meeting', { description: 'One meeting of a programme; HELD once attendance was taken' })
export class MeetingType {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime) endsAt!: Date;
  @Field(() => MeetingStatus) status!: MeetingStatus;
  @Field(() => String, { nullable: true, description: "Overrides the programme's place" }) place!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => Int, { description: 'Anonymous guests' }) guestCount!: number;
  @Field({ description: 'Added by hand, not generated from the schedule' }) oneOff!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) attendanceTakenAt!: Date | null;
  @Field(() => Int, { description: 'Send it back with moveMeeting/cancelMeeting (CONFLICT when someone changed it since)' }) version!: number;
  /** Not exposed: resolved to `programme`. */
  programmeId!: string;
}

export function toMeetingType(m: Meeting): MeetingType {
  return Object.assign(new MeetingType(), {
    id: m.id,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    status: m.status,
    place: m.place ?? null,
    note: m.note ?? null,
    cancelReason: m.cancelReason ?? null,
    guestCount: m.guestCount,
    oneOff: m.scheduledFor == null,
    attendanceTakenAt: m.attendanceTakenAt ?? null,
    version: m.version,
    programmeId: m.programme.id,
  });
}

export function toParticipantType(kind: ParticipantKind, id: string, displayName: string): ParticipantType {
  return Object.assign(new ParticipantType(), { id, kind, displayName });
}
