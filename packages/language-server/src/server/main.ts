import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { endWithTransport, transportFromArguments } from './server-transport.js';
import { startJourneyLanguageServer } from './start-server.js';

// The transport (--stdio, --node-ipc, --socket, --pipe) comes from the command line, as for any LSP server.
const transport = transportFromArguments(process.argv.slice(2), line => process.stderr.write(`${line}\n`));
if (!transport) {
    process.stderr.write('Journey language server: start it with --stdio, --node-ipc, --socket=<port> or --pipe=<name>.\n');
    process.exit(2);
}
const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer);
let shutdownRequested = false;
connection.onShutdown(() => {
    shutdownRequested = true;
});
endWithTransport(transport, () => shutdownRequested ? 0 : 1);
startJourneyLanguageServer(connection);
