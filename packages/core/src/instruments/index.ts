export * from './lsns6.js';
export * from './ucla3.js';
export * from './djg6.js';
export * from './texts.js';
