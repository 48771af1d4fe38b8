export * from './dates.js';
export * from './plan-types.js';
export * from './tenant-profiles.js';
export * from './plan-case-files.js';
export * from './counselling-hours.js';
export * from './assessments.js';
export * from './insert-plan.js';
export * from './seed-case-files.js';
