export * from './api-libraries.js';
export * from './orm.js';
export * from './demo/demo-organisations.js';
export * from './demo/seed-demo.js';
export * from './demo/demo-case-files/index.js';
