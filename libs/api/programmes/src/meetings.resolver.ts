import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError, Roles } from '@bridgeway/api-common';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { ALL_ROLES, Role } from '@bridgeway/shared-domain';
import { AttendanceService } from './attendance.service.js';
import { AttendanceEntryType, MeetingType, ParticipantType } from './meeting.type.js';
import { MeetingsService } from './meetings.service.js';
import { ProgrammeAccess } from './programme-access.js';
import { ATTENDANCE_TAKERS, MEETING_RUNNERS, PROGRAMME_READERS } from './programme-roles.js';
import { ProgrammeType } from './programme.type.js';
import { ProgrammesService } from './programmes.service.js';
import { AddMeetingInput, CancelMeetingArgs, MoveMeetingInput } from './dto/meeting.inputs.js';
import { MY_NEXT_MEETINGS, MyNextMeetingsArgs } from './dto/programmes.args.js';
import { RecordAttendanceInput } from './dto/record-attendance.input.js';

@Resolver(() => MeetingType)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly attendanceService: AttendanceService,
    private readonly programmes: ProgrammesService,
    private readonly access: ProgrammeAccess,
  ) {}

  @Roles(...PROGRAMME_READERS)
  @Query(() => MeetingType, { nullable: true, description: 'NOT_FOUND for an unknown id, or for a group leader a meeting of a programme they do not lead' })
  meeting(@Args('id', { type: () => ID }) id: string): Promise<MeetingType> {
    return this.meetings.read(id);
  }

  @Roles(...ALL_ROLES)
  @Query(() => [MeetingType], { description: 'Upcoming meetings of the programmes I lead, soonest first' })
  myNextMeetings(@Args() args: MyNextMeetingsArgs): Promise<MeetingType[]> {
    return this.meetings.myNext(pageSize(args.first, MY_NEXT_MEETINGS));
  }

  @Roles(Role.MANAGER)
  @Mutation(() => [MeetingType], { description: 'Generates the missing meetings of the coming weeks from the schedule; returns those it added (idempotent)' })
  generateMeetings(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<MeetingType[]> {
    return this.meetings.generate(programmeId);
  }

  @Roles(...MEETING_RUNNERS)
  @Mutation(() => MeetingType, { description: 'A one-off meeting; a manager, or a group leader of the programme' })
  addMeeting(@Args('input') input: AddMeetingInput): Promise<MeetingType> {
    return this.meetings.add(input);
  }

  @Roles(...MEETING_RUNNERS)
  @Mutation(() => MeetingType, { description: 'Moves a scheduled meeting; a manager, or a group leader of the programme' })
  moveMeeting(@Args('input') input: MoveMeetingInput): Promise<MeetingType> {
    return this.meetings.move(input);
  }

  @Roles(...MEETING_RUNNERS)
  @Mutation(() => MeetingType, { description: 'Cancels a meeting that was not held; a manager, or a group leader of the programme' })
  cancelMeeting(@Args() args: CancelMeetingArgs): Promise<MeetingType> {
    return this.meetings.cancel(args);
  }

  @Roles(...ATTENDANCE_TAKERS)
  @Mutation(() => MeetingType, {
    description: 'Records named participants (last write per participant wins; others untouched) and guests; the meeting becomes HELD',
  })
  recordAttendance(@Args('input') input: RecordAttendanceInput): Promise<MeetingType> {
    return this.attendanceService.record(input);
  }

  @Roles(...PROGRAMME_READERS)
  @ResolveField(() => ProgrammeType)
  async programme(@Parent() meeting: MeetingType): Promise<ProgrammeType> {
    await this.access.assertFieldVisible(meeting.programmeId);
    const programme = await this.programmes.load(meeting.programmeId);
    if (!programme) throw new NotFoundError('Programme', meeting.programmeId);
    return programme;
  }

  @Roles(...PROGRAMME_READERS)
  @ResolveField(() => [AttendanceEntryType], { description: 'Who is recorded, present or not, by name' })
  async attendance(@Parent() meeting: MeetingType, @Args(firstArg(PAGE_SIZES.meetingAttendance, 'participants')) first?: number | null): Promise<AttendanceEntryType[]> {
    await this.access.assertFieldVisible(meeting.programmeId);
    return this.attendanceService.attendanceOf(meeting.id, pageSize(first, PAGE_SIZES.meetingAttendance));
  }

  @Roles(...PROGRAMME_READERS)
  @ResolveField(() => [ParticipantType], {
    description: "The attendance screen's list: enrolled (except those who did not complete) and anyone present at the programme's last 8 held meetings, by name",
  })
  async expected(@Parent() meeting: MeetingType, @Args(firstArg(PAGE_SIZES.meetingAttendance, 'participants')) first?: number | null): Promise<ParticipantType[]> {
    await this.access.assertFieldVisible(meeting.programmeId);
    return this.attendanceService.expectedAt(meeting.id, pageSize(first, PAGE_SIZES.meetingAttendance));
  }
}
