export * from './types.js';
export * from './tenant.js';
export * from './file.js';
export * from './referral.js';
export * from './build.js';
