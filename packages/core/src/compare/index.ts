export * from './diff.js';
export * from './reassessment.js';
