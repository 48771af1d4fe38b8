export * from './orm-config.js';
export * from './entities.js';
export * from './database-target.js';
export * from './app-role.js';
export * from './migrate.js';
export * from './embedded-postgres.js';
export * from './seeders/demo-organisations.js';
export * from './seeders/seed-demo.js';
