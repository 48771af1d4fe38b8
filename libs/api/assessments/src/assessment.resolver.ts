import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { UserType, UsersService } from '@bridgeway/api-organisations';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { AssessmentType } from './assessment.type.js';
import { AssessmentInstrumentType } from './assessment-instrument.type.js';
import { AssessmentsLoaders } from './assessments.loaders.js';
import { AssessmentsService } from './assessments.service.js';
import { RecordAssessmentInput } from './dto/record-assessment.input.js';

@Resolver(() => AssessmentType)
export class AssessmentResolver {
  constructor(
    private readonly service: AssessmentsService,
    private readonly loaders: AssessmentsLoaders,
    private readonly residents: ResidentsService,
    private readonly users: UsersService,
  ) {}

  @Roles(...CASE_WORKER_ROLES)
  @Mutation(() => AssessmentType, { description: 'Records an outcome assessment; BAD_USER_INPUT (field scores) unless there is one score per item within the scale' })
  recordAssessment(@Args('input') input: RecordAssessmentInput): Promise<AssessmentType> {
    return this.service.record(input);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => AssessmentInstrumentType)
  async instrument(@Parent() assessment: AssessmentType): Promise<AssessmentInstrumentType | null> {
    return this.loaders.instrument(assessment.instrumentCode);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ResidentType)
  async resident(@Parent() assessment: AssessmentType): Promise<ResidentType | null> {
    return this.residents.load(assessment.residentId);
  }

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => UserType, { nullable: true, description: 'Who recorded it' })
  assessedBy(@Parent() assessment: AssessmentType): Promise<UserType | null> {
    return this.users.loadUser(assessment.assessedById);
  }
}
