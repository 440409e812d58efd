export * from './types.js';
export * from './fr.js';
export * from './en.js';
export * from './translate.js';
export * from './localize-controller.js';
