export * from './counselling-session.entity.js';
export * from './counselling.module.js';
