import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

/** The language client: starts the language server's bundle (packages/language-server/dist/server.cjs) over Node IPC. */
export function createClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
    const module = vscode.Uri.joinPath(context.extensionUri, 'packages', 'language-server', 'dist', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'journey' },
            { scheme: 'untitled', language: 'journey' }
        ],
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.journey') },
        outputChannel: log
    };
    // The id 'journey' makes the client read the journey.trace.server setting.
    return new LanguageClient('journey', 'Journey Language Server', serverOptions, clientOptions);
}
