export * from './audit-event.entity.js';
export * from './audit.service.js';
export * from './audit-trail.service.js';
export * from './audit-entry.type.js';
export * from './audit.module.js';
export * from './person-records.js';
export * from './person-read-audit.plugin.js';
export * from './audit.library.js';
