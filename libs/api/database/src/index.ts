export * from './api-library.js';
export * from './orm-config.js';
export * from './database-target.js';
export * from './app-role.js';
export * from './migrate.js';
export * from './embedded-postgres.js';
export * from './embedded/startup-error.js';
