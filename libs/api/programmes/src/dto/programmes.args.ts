import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DateScalar, OpenPeriodArgs, PeriodArgs, Trim } from '@bridgeway/api-common';
import { PAGE_SIZES, type PageSize } from '@bridgeway/api-query-limits';
import { ParticipantKind, ProgrammeKind, ProgrammeStatus } from '@bridgeway/shared-domain';
import { MAX_LEADERS } from './programme-fields.input.js';
import '../graphql-enums.js';

/** `first` of a list argument class: its default and range from a page size (BAD_USER_INPUT on `first`). */
function firstField(page: PageSize, items: string) {
  const message = `Ask for 0 to ${page.max} ${items}`;
  return [
    Field(() => Int, { nullable: true, defaultValue: page.default, description: `How many ${items}: default ${page.default}, at most ${page.max}` }),
    IsOptional(),
    IsInt({ message }),
    Min(0, { message }),
    Max(page.max, { message }),
  ];
}
const decorate = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));
const First = (page: PageSize, items: string) => decorate(firstField(page, items));

const DepartmentFilter = () =>
  decorate([Field(() => ID, { nullable: true, description: 'Only this department' }), IsOptional(), IsUUID('all', { message: 'This is not a department id' })]);

@ArgsType()
export class ProgrammesArgs {
  @Field(() => ProgrammeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus | null;

  @Field(() => ProgrammeKind, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeKind)
  kind?: ProgrammeKind | null;

  @DepartmentFilter()
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only programmes I lead (always so for group leaders)' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @First(PAGE_SIZES.programmes, 'programmes')
  first?: number | null;
}

/** Meetings of a programme, newest first, optionally in a period of local days. */
@ArgsType()
export class ProgrammeMeetingsArgs extends OpenPeriodArgs() {
  @First(PAGE_SIZES.meetings, 'meetings')
  first?: number | null;
}

@ArgsType()
export class AttendanceHistoryArgs extends PeriodArgs() {}

export const NEXT_MEETINGS: PageSize = { default: 5, max: PAGE_SIZES.meetings.max };
export const MY_NEXT_MEETINGS: PageSize = { default: 10, max: PAGE_SIZES.meetings.max };
/** Participant search: a short pick list. */
export const PARTICIPANT_SEARCH: PageSize = { default: 20, max: 20 };

@ArgsType()
export class MyNextMeetingsArgs {
  @First(MY_NEXT_MEETINGS, 'meetings')
  first?: number | null;
}

@ArgsType()
export class MembersArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, any case' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100, { message: 'Search for at most 100 characters' })
  search?: string | null;

  @DepartmentFilter()
  departmentId?: string | null;

  @First(PAGE_SIZES.members, 'members')
  first?: number | null;
}

@ArgsType()
export class ParticipantSearchArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a programme id' })
  programmeId!: string;

  @Field({ description: 'Part of the name, at least 2 characters' })
  @Trim()
  @IsString()
  @MinLength(2, { message: 'Type at least 2 characters' })
  @MaxLength(100, { message: 'Search for at most 100 characters' })
  search!: string;

  @First(PARTICIPANT_SEARCH, 'people')
  first?: number | null;
}

@ArgsType()
export class SetProgrammeLeadersArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a programme id' })
  programmeId!: string;

  @Field(() => [ID])
  @ArrayMaxSize(MAX_LEADERS, { message: `At most ${MAX_LEADERS} leaders` })
  @IsUUID('all', { each: true, message: 'This is not a user id' })
  userIds!: string[];

  @Field(() => [ID])
  @ArrayMaxSize(MAX_LEADERS, { message: `At most ${MAX_LEADERS} leaders` })
  @IsUUID('all', { each: true, message: 'This is not a member id' })
  memberIds!: string[];
}

@ArgsType()
export class EnrolArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a programme id' })
  programmeId!: string;

  @Field(() => ID, { description: "The resident's, relative's or member's id" })
  @IsUUID('all', { message: 'This is not a participant id' })
  participantId!: string;

  @Field(() => ParticipantKind)
  @IsEnum(ParticipantKind)
  kind!: ParticipantKind;

  @Field(() => DateScalar, { nullable: true, description: 'Default: today' })
  @IsOptional()
  enrolledOn?: string | null;
}

@ArgsType()
export class ProgrammeFiguresArgs extends PeriodArgs() {
  @DepartmentFilter()
  departmentId?: string | null;
}
