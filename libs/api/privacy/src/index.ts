export * from './personal-data.service.js';
export * from './privacy.module.js';
export * from './privacy.library.js';
