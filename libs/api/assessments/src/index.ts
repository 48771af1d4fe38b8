export * from './assessment-instrument.entity.js';
export * from './assessment.entity.js';
export * from './assessment-instrument.type.js';
export * from './assessment.type.js';
export * from './score-rules.js';
export * from './assessments.module.js';
export * from './assessments.library.js';
