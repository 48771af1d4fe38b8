export * from './resident.entity.js';
export * from './resident.type.js';
export * from './residents.module.js';
