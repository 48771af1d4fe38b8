import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { DepartmentType, DepartmentsService } from '@bridgeway/api-organisations';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { Role } from '@bridgeway/shared-domain';
import { EnrolmentType } from './enrolment.type.js';
import { EnrolmentsService } from './enrolments.service.js';
import { MeetingType } from './meeting.type.js';
import { MeetingsService } from './meetings.service.js';
import { ProgrammeAccess } from './programme-access.js';
import { PROGRAMME_READERS } from './programme-roles.js';
import { MeetingAttendanceType, ProgrammeLeaderType, ProgrammeType } from './programme.type.js';
import { ProgrammesService } from './programmes.service.js';
import { CreateProgrammeInput } from './dto/create-programme.input.js';
import { UpdateProgrammeInput } from './dto/update-programme.input.js';
import { AttendanceHistoryArgs, NEXT_MEETINGS, ProgrammeMeetingsArgs, ProgrammesArgs, SetProgrammeLeadersArgs } from './dto/programmes.args.js';

@Resolver(() => ProgrammeType)
export class ProgrammesResolver {
  constructor(
    private readonly service: ProgrammesService,
    private readonly meetingsService: MeetingsService,
    private readonly enrolmentsService: EnrolmentsService,
    private readonly departments: DepartmentsService,
    private readonly access: ProgrammeAccess,
  ) {}

  @Roles(...PROGRAMME_READERS)
  @Query(() => [ProgrammeType], { description: 'By name. Case workers: all (mine: those I lead); group leaders: those they lead' })
  programmes(@Args() args: ProgrammesArgs): Promise<ProgrammeType[]> {
    return this.service.list(args);
  }

  @Roles(...PROGRAMME_READERS)
  @Query(() => ProgrammeType, { nullable: true, description: 'NOT_FOUND for an unknown id, or for a group leader one they do not lead' })
  programme(@Args('id', { type: () => ID }) id: string): Promise<ProgrammeType> {
    return this.service.read(id);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ProgrammeType, { description: 'Creates a programme; with a schedule, its meetings of the coming weeks are generated' })
  createProgramme(@Args('input') input: CreateProgrammeInput): Promise<ProgrammeType> {
    return this.service.create(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ProgrammeType, {
    description: 'Changes the fields given; CONFLICT (VERSION_MISMATCH) on a stale version. A schedule change cancels future generated meetings that no longer fit and generates the new ones',
  })
  updateProgramme(@Args('input') input: UpdateProgrammeInput): Promise<ProgrammeType> {
    return this.service.update(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ProgrammeType, { description: 'Replaces the leaders: active staff (userIds) and volunteers (memberIds)' })
  setProgrammeLeaders(@Args() args: SetProgrammeLeadersArgs): Promise<ProgrammeType> {
    return this.service.setLeaders(args);
  }

  @Roles(...PROGRAMME_READERS)
  @ResolveField(() => DepartmentType, { nullable: true })
  department(@Parent() programme: ProgrammeType): Promise<DepartmentType | null> {
    return programme.departmentId ? this.departments.load(programme.departmentId) : Promise.resolve(null);
  }

  @Roles(...PROGRAMME_READERS)
  @ResolveField(() => [ProgrammeLeaderType], { description: 'By name' })
  leaders(@Parent() programme: ProgrammeType): Promise<ProgrammeLeaderType[]> {
    return this.service.leadersOf(programme.id);
  }

  @Roles(...PROGRAMME_READERS)
  @ResolveField(() => [MeetingType], { description: 'Upcoming meetings, not cancelled, soonest first' })
  nextMeetings(@Parent() programme: ProgrammeType, @Args(firstArg(NEXT_MEETINGS, 'meetings')) first?: number | null): Promise<MeetingType[]> {
    return this.meetingsService.nextOf(programme.id, pageSize(first, NEXT_MEETINGS));
  }

  @Roles(...PROGRAMME_READERS)
  @ResolveField(() => [MeetingType], { description: 'Newest first; from/to are days of the organisation (both included, either optional)' })
  meetings(@Parent() programme: ProgrammeType, @Args() args: ProgrammeMeetingsArgs): Promise<MeetingType[]> {
    return this.meetingsService.ofProgramme(programme.id, args, pageSize(args.first, PAGE_SIZES.meetings));
  }

  @Roles(...PROGRAMME_READERS)
  @ResolveField(() => [EnrolmentType], { description: 'By participant name' })
  async enrolments(@Parent() programme: ProgrammeType, @Args(firstArg(PAGE_SIZES.enrolments, 'enrolments')) first?: number | null): Promise<EnrolmentType[]> {
    await this.access.assertFieldVisible(programme.id);
    return this.enrolmentsService.ofProgramme(programme.id, pageSize(first, PAGE_SIZES.enrolments));
  }

  @Roles(...PROGRAMME_READERS)
  @ResolveField(() => [MeetingAttendanceType], { description: 'Held meetings in the period (days of the organisation), oldest first' })
  attendanceHistory(@Parent() programme: ProgrammeType, @Args() period: AttendanceHistoryArgs): Promise<MeetingAttendanceType[]> {
    return this.meetingsService.historyOf(programme.id, period);
  }
}
