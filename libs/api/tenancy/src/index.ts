export * from './tenant.entity.js';
export * from './tenant-owned.entity.js';
export * from './tenant-policy.js';
export * from './request-scope.js';
export * from './tenant-em.js';
export * from './request-scope.middleware.js';
export * from './request-loader.js';
export * from './request-unit-of-work.js';
