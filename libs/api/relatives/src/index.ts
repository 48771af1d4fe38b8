export * from './relative.entity.js';
export * from './resident-relative.entity.js';
export * from './relatives.module.js';
