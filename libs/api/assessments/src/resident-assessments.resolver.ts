import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { assertCaseWorker } from '@bridgeway/api-common';
import { ResidentType } from '@bridgeway/api-residents';
import { AssessmentType } from './assessment.type.js';
import { AssessmentsLoaders } from './assessments.loaders.js';

/** `Resident.assessments`, batched over every resident of the request. */
@Resolver(() => ResidentType)
export class ResidentAssessmentsResolver {
  constructor(private readonly loaders: AssessmentsLoaders) {}

  @ResolveField(() => [AssessmentType], { description: 'Oldest first, so the list reads as a trend; one instrument only when instrumentCode is given' })
  assessments(
    @Parent() resident: ResidentType,
    @Args('instrumentCode', { type: () => String, nullable: true }) instrumentCode?: string | null,
  ): Promise<AssessmentType[]> {
    assertCaseWorker();
    return this.loaders.assessmentsOfResident(resident.id, instrumentCode ?? null);
  }
}
