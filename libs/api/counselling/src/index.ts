export * from './counselling-session.entity.js';
export * from './counselling-session-revision.entity.js';
export * from './counselling-session.type.js';
export * from './counselling-totals.type.js';
export * from './counselling.module.js';
export * from './counselling.library.js';
