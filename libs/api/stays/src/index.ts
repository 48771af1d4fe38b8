export * from './stay.entity.js';
export * from './stays.module.js';
