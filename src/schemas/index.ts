export * from './common.js';
export * from './cite.js';
export * from './event.js';
export * from './news.js';
export * from './registration.js';
