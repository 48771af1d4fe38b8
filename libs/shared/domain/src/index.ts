export * from './roles.js';
export * from './error-codes.js';
export * from './case-file.js';
export * from './audit.js';
export * from './programmes.js';
export * from './metrics.js';
export * from './privacy.js';
export * from './erasure.js';
