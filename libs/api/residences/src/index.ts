export * from './residence.entity.js';
export * from './bed.entity.js';
export * from './residences.module.js';
