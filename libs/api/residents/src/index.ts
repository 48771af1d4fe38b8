export * from './resident.entity.js';
export * from './resident.type.js';
export * from './resident-connection.type.js';
export * from './residents.service.js';
export * from './residents.module.js';
export * from './residents.library.js';
