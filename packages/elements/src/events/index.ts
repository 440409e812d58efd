export * from './toile-change.js';
export * from './toile-select.js';
export * from './toile-error.js';
export * from './toile-highlight.js';
