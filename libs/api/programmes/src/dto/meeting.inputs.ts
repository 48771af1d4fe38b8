import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsUUID, Min } from 'class-validator';
import { PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import { OptionalText, RequiredText } from './text-fields.js';

@InputType({ description: 'A one-off meeting (not generated from the schedule)' })
export class AddMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a programme id' })
  programmeId!: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Enter when the meeting starts' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'After startsAt, at most 24 hours later' })
  @Type(() => Date)
  @IsDate({ message: 'Enter when the meeting ends' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: "Null: the programme's place" })
  @OptionalText(PROGRAMME_TEXT_MAX.place, 'the place')
  place?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(PROGRAMME_TEXT_MAX.note, 'the note')
  note?: string | null;
}

@InputType({ description: 'Moves a meeting to another time (and place); not a cancelled one' })
export class MoveMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a meeting id' })
  id!: string;

  @Field(() => Int, { description: 'The version read; CONFLICT (VERSION_MISMATCH) when the meeting changed since' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Enter when the meeting starts' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'After startsAt, at most 24 hours later' })
  @Type(() => Date)
  @IsDate({ message: 'Enter when the meeting ends' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Null or left out: keeps the place' })
  @OptionalText(PROGRAMME_TEXT_MAX.place, 'the place')
  place?: string | null;
}

@ArgsType()
export class CancelMeetingArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a meeting id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;

  @Field()
  @RequiredText(PROGRAMME_TEXT_MAX.reason, 'a reason')
  reason!: string;
}

/** A meeting lasts at most this long (a two-day seminar is two meetings). */
export const MAX_MEETING_HOURS = 24;
