import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { RelativeType } from '@bridgeway/api-relatives';
import { ResidentType } from '@bridgeway/api-residents';
import { CASE_WORKER_ROLES, ParticipantKind } from '@bridgeway/shared-domain';
import { AttendanceService } from './attendance.service.js';
import { PersonAttendanceType } from './person-attendance.type.js';

const DESCRIPTION = 'Meetings this person was recorded at (present or not), newest first';

/** Attendance in a resident's case file, next to counselling sessions; batched over every resident of the request. */
@Resolver(() => ResidentType)
export class ResidentAttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [PersonAttendanceType], { description: DESCRIPTION })
  attendance(@Parent() resident: ResidentType, @Args(firstArg(PAGE_SIZES.personAttendance, 'meetings')) first?: number | null): Promise<PersonAttendanceType[]> {
    return this.service.ofPerson(ParticipantKind.RESIDENT, resident.id, pageSize(first, PAGE_SIZES.personAttendance));
  }
}

@Resolver(() => RelativeType)
export class RelativeAttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [PersonAttendanceType], { description: DESCRIPTION })
  attendance(@Parent() relative: RelativeType, @Args(firstArg(PAGE_SIZES.personAttendance, 'meetings')) first?: number | null): Promise<PersonAttendanceType[]> {
    return this.service.ofPerson(ParticipantKind.RELATIVE, relative.id, pageSize(first, PAGE_SIZES.personAttendance));
  }
}
