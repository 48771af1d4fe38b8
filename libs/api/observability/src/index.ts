export * from './observability.module.js';
export * from './observability.options.js';
export * from './request-record.middleware.js';
export * from './graphql-outcome.plugin.js';
export { countSignInFailure, metricsRegistry } from './metrics.js';
