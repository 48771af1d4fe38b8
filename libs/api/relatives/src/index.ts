export * from './relative.entity.js';
export * from './resident-relative.entity.js';
export * from './relative.type.js';
export * from './relatives.service.js';
export * from './relatives.module.js';
export * from './relatives.library.js';
