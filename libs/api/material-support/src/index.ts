export * from './handout.entity.js';
export * from './material-support.library.js';
