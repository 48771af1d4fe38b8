export * from './errors.js';
export * from './date.scalar.js';
export * from './validation.pipe.js';
export * from './format-error.js';
export * from './roles.decorator.js';
export * from './graphql-error.filter.js';
