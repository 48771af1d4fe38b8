import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { GUEST_COUNT, ParticipantKind } from '@bridgeway/shared-domain';
import '../graphql-enums.js';

/** Named participants recorded in one call (a meeting's attendance list holds at most 500). */
export const MAX_ATTENDANCE_ENTRIES = 500;

@InputType()
export class AttendanceInput {
  @Field(() => ID, { description: "The resident's, relative's or member's id" })
  @IsUUID('all', { message: 'This is not a participant id' })
  participantId!: string;

  @Field(() => ParticipantKind)
  @IsEnum(ParticipantKind)
  kind!: ParticipantKind;

  @Field()
  @IsBoolean()
  present!: boolean;
}

@InputType({ description: 'Participants not in `entries` are left as they are; the last write per participant wins' })
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a meeting id' })
  meetingId!: string;

  @Field(() => [AttendanceInput])
  @ArrayMaxSize(MAX_ATTENDANCE_ENTRIES, { message: `Record at most ${MAX_ATTENDANCE_ENTRIES} participants at a time` })
  @ValidateNested({ each: true })
  @Type(() => AttendanceInput)
  entries!: AttendanceInput[];

  @Field(() => Int, { nullable: true, description: "Anonymous guests; replaces the meeting's count when given" })
  @IsOptional()
  @IsInt({ message: 'Enter the number of guests' })
  @Min(GUEST_COUNT.min, { message: 'The number of guests cannot be negative' })
  @Max(GUEST_COUNT.max, { message: `At most ${GUEST_COUNT.max} guests` })
  guestCount?: number | null;
}
