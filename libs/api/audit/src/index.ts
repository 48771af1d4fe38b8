export * from './audit-event.entity.js';
export * from './audit.service.js';
export * from './audit.module.js';
