export * from './test-workspace.js';
export * from './examples.js';
