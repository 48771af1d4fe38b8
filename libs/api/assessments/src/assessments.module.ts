import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { ResidentsModule } from '@bridgeway/api-residents';
import { AssessmentInstrumentResolver, InstrumentItemResolver } from './assessment-instrument.resolver.js';
import { AssessmentResolver } from './assessment.resolver.js';
import { AssessmentsLoaders } from './assessments.loaders.js';
import { AssessmentsService } from './assessments.service.js';
import { ResidentAssessmentsResolver } from './resident-assessments.resolver.js';

@Module({
  imports: [OrganisationsModule, ResidentsModule],
  providers: [AssessmentsLoaders, AssessmentsService, AssessmentInstrumentResolver, InstrumentItemResolver, AssessmentResolver, ResidentAssessmentsResolver],
  exports: [AssessmentsLoaders],
})
export class AssessmentsModule {}
