import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { DepartmentType, DepartmentsService } from '@bridgeway/api-organisations';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { EnrolmentType } from './enrolment.type.js';
import { EnrolmentsService } from './enrolments.service.js';
import { ParticipantType } from './meeting.type.js';
import { MemberType } from './member.type.js';
import { MembersService } from './members.service.js';
import { ParticipantsService } from './participants.service.js';
import { PROGRAMME_READERS } from './programme-roles.js';
import { CreateMemberInput } from './dto/member.inputs.js';
import { EnrolArgs, MembersArgs, ParticipantSearchArgs } from './dto/programmes.args.js';
import { UpdateEnrolmentInput } from './dto/update-enrolment.input.js';

@Resolver(() => ParticipantType)
export class ParticipantsResolver {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  @Roles(...PROGRAMME_READERS)
  @Query(() => [ParticipantType], {
    description: 'Finds someone to add to a programme. Case workers: residents, relatives and members; a group leader of the programme: members, and people already in it',
  })
  participantSearch(@Args() args: ParticipantSearchArgs): Promise<ParticipantType[]> {
    return this.participants.search(args);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => EnrolmentType, { description: 'Enrols a resident, relative or member; CONFLICT (ALREADY_LINKED) when already enrolled' })
  enrol(@Args() args: EnrolArgs): Promise<EnrolmentType> {
    return this.enrolments.enrol(args);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => EnrolmentType, { description: 'Completion and hours; CONFLICT (VERSION_MISMATCH) on a stale version' })
  updateEnrolment(@Args('input') input: UpdateEnrolmentInput): Promise<EnrolmentType> {
    return this.enrolments.update(input);
  }
}

@Resolver(() => MemberType)
export class MembersResolver {
  constructor(
    private readonly service: MembersService,
    private readonly departments: DepartmentsService,
  ) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => [MemberType], { description: 'Volunteers and members by last name (reading them is audited)' })
  members(@Args() args: MembersArgs): Promise<MemberType[]> {
    return this.service.list(args);
  }

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => MemberType)
  createMember(@Args('input') input: CreateMemberInput): Promise<MemberType> {
    return this.service.create(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => DepartmentType, { nullable: true })
  department(@Parent() member: MemberType): Promise<DepartmentType | null> {
    return member.departmentId ? this.departments.load(member.departmentId) : Promise.resolve(null);
  }
}
