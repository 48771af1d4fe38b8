export * from './handout.entity.js';
export * from './material-support.library.js';
export * from './handout.type.js';
export * from './material-support-figures.type.js';
export * from './material-support.module.js';
