export * from './user-account.entity.js';
export * from './password-hasher.js';
export * from './graphql-types.js';
export * from './users.service.js';
export * from './sign-in-failures.sql.js';
export * from './staff-members.sql.js';
export * from './organisations.module.js';
export * from './organisations.library.js';
