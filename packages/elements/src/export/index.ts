export * from './serialize-svg.js';
export * from './svg-to-png.js';
export * from './print.js';
export * from './download.js';
