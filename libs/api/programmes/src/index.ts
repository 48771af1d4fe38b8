export * from './member.entity.js';
export * from './programme.entity.js';
export * from './programme-leader.entity.js';
export * from './meeting.entity.js';
export * from './attendance.entity.js';
export * from './enrolment.entity.js';
export * from './programmes.library.js';
