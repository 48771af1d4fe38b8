export * from './refresh-token.entity.js';
export * from './auth.config.js';
export * from './auth.service.js';
export * from './auth.module.js';
export * from './actor-cache.js';
export * from './auth.library.js';
