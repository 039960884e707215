export { startJourneyLanguageServer } from './server/start-server.js';
export { JourneyLspModule, JourneySharedLspModule } from './lsp/journey-lsp-module.js';
