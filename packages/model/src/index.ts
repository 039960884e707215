export * from './journey-model.js';
export * from './preview-protocol.js';
export * from './fence-protocol.js';
