export * from './announcer.js';
export * from './assessment-controller.js';
