import type { ApiLibrary } from '@bridgeway/api-database';
import { AssessmentInstrument } from './assessment-instrument.entity.js';
import { Assessment } from './assessment.entity.js';
import { AssessmentsModule } from './assessments.module.js';
import { ASSESSMENTS_PERSONAL_DATA } from './assessments.personal-data.js';

/** Assessment instruments are reference data the app only reads. */
export const ASSESSMENTS_LIBRARY: ApiLibrary = {
  name: 'assessments',
  module: AssessmentsModule,
  entities: [AssessmentInstrument, Assessment],
  appRoleGrants: { assessment_instrument: ['SELECT'], assessment: ['SELECT', 'INSERT', 'UPDATE'] },
  personalData: ASSESSMENTS_PERSONAL_DATA,
};
