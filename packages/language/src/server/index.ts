export { startJourneyLanguageServer } from './start-server.js';
