export * from './helpline-contact.entity.js';
export * from './grief-follow-up.entity.js';
export * from './planned-contact.entity.js';
export * from './helpline.library.js';
