export * from './plan-types.js';
export * from './zoned-time.js';
export * from './plan-programmes.js';
export * from './insert-programmes.js';
export * from './seed-programmes.js';
export { MOST_TRAININGS } from './most.js';
export { NOTODDEN_PAUSE } from './rot.js';
export { THURSDAY } from './a-larm.js';
