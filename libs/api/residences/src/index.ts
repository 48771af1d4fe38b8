export * from './residence.entity.js';
export * from './bed.entity.js';
export * from './residence.type.js';
export * from './residence-occupancy.sql.js';
export * from './residences.service.js';
export * from './residences.module.js';
