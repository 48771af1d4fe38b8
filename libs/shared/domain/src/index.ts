export * from './roles.js';
export * from './error-codes.js';
