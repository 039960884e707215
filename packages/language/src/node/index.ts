export * from './journey-workspace.js';
export * from './journey-file-system.js';
