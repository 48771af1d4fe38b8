import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { ResidentType } from '@bridgeway/api-residents';
import { AssessmentType } from './assessment.type.js';
import { AssessmentsLoaders } from './assessments.loaders.js';

/** `Resident.assessments`, batched over every resident of the request. */
@Resolver(() => ResidentType)
export class ResidentAssessmentsResolver {
  constructor(private readonly loaders: AssessmentsLoaders) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => [AssessmentType], { description: 'The latest `first`, oldest first so the list reads as a trend; one instrument only when instrumentCode is given' })
  assessments(
    @Parent() resident: ResidentType,
    @Args('instrumentCode', { type: () => String, nullable: true }) instrumentCode?: string | null,
    @Args(firstArg(PAGE_SIZES.assessments, 'assessments')) first?: number | null,
  ): Promise<AssessmentType[]> {
    return this.loaders.assessmentsOfResident(resident.id, instrumentCode ?? null, pageSize(first, PAGE_SIZES.assessments));
  }
}
