export * from './helpline-contact.entity.js';
export * from './grief-follow-up.entity.js';
export * from './planned-contact.entity.js';
export * from './helpline.library.js';
export * from './helpline-contact.type.js';
export * from './grief-follow-up.type.js';
export * from './helpline-figures.type.js';
export * from './helpline.module.js';
