import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { AssessmentInstrumentType, InstrumentItemType } from './assessment-instrument.type.js';
import { AssessmentsService } from './assessments.service.js';

export const DEFAULT_LOCALE = 'en';

@Resolver(() => AssessmentInstrumentType)
export class AssessmentInstrumentResolver {
  constructor(private readonly service: AssessmentsService) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => [AssessmentInstrumentType], { description: 'The outcome instruments available to record' })
  assessmentInstruments(): Promise<AssessmentInstrumentType[]> {
    return this.service.instruments();
  }
}

@Resolver(() => InstrumentItemType)
export class InstrumentItemResolver {
  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => String, { description: `The statement in \`locale\`; in ${DEFAULT_LOCALE} when that locale is not available` })
  text(@Parent() item: InstrumentItemType, @Args('locale', { type: () => String, nullable: true, defaultValue: DEFAULT_LOCALE }) locale: string | null): string {
    return (locale ? item.texts[locale] : undefined) ?? item.texts[DEFAULT_LOCALE] ?? Object.values(item.texts)[0] ?? item.key;
  }
}
