export * from './residence.entity.js';
export * from './bed.entity.js';
export * from './residence.type.js';
export * from './residence-lock.sql.js';
export * from './residence-stays.js';
export * from './residences.service.js';
export * from './residences.module.js';
export * from './residences.library.js';
