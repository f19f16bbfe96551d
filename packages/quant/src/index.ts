export * from './optimize/index.js';
