export * from './analytics';
export { default as Analytics } from './analytics.js';
