export * from './journey-model.js';
export * from './preview-protocol.js';
export * from './svg-parts.js';
export * from './report.js';
export * from './fence-protocol.js';
export * from './svg-patch.js';
export * from './map-changes.js';
