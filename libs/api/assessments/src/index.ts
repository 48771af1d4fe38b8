export * from './assessment-instrument.entity.js';
export * from './assessment.entity.js';
export * from './assessments.module.js';
