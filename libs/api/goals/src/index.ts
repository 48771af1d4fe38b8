export * from './goal.entity.js';
export * from './goal-event.entity.js';
export * from './goal.type.js';
export * from './goal-event.type.js';
export * from './goals.module.js';
export * from './goals.library.js';
