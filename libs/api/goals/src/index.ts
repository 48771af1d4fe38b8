export * from './goal.entity.js';
export * from './goal-event.entity.js';
export * from './goals.module.js';
