export * from './taxonomies.js';
export * from './resources.js';
export * from './rules.js';
export * from './suggest.js';
export * from './build-profile.js';
