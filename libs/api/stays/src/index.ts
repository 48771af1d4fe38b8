export * from './stay.entity.js';
export * from './stay.type.js';
export * from './stays.service.js';
export * from './stays.module.js';
export * from './stays.library.js';
