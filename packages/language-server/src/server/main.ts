import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startJourneyLanguageServer } from './start-server.js';

// The transport (--stdio, --node-ipc, --socket) comes from the command line, as for any LSP server.
startJourneyLanguageServer(createConnection(ProposedFeatures.all));
