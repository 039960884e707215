/**
 * A real LSP client over stdio for the built standalone server (dist/server.cjs): what the
 * end-to-end tests, the fuzz test and the LSP benchmark drive the server with.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';

export const serverPackage = join(import.meta.dirname, '../..');
export const serverBundle = join(serverPackage, 'dist/server.cjs');
// The bundle inlines the language core and the renderer: a change to either makes it stale.
const bundledSources = ['../language-server/src', '../language/src', '../renderer/src', '../model/src'].map(dir => join(serverPackage, '..', dir.slice(3)));

function newestSource(dir: string): number {
    let newest = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
    }
    return newest;
}

/** Builds dist/server.cjs when it is missing or older than the sources (the root `npm test` builds it first). */
export function ensureServerBuilt(): void {
    if (existsSync(serverBundle) && statSync(serverBundle).mtimeMs >= Math.max(...bundledSources.map(newestSource))) {
        return;
    }
    const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: serverPackage, encoding: 'utf8' });
    if (result.status !== 0) {
        throw new Error(`Building the language server failed:\n${result.stdout}\n${result.stderr}`);
    }
}

export interface Published {
    readonly version?: number;
    readonly diagnostics: Diagnostic[];
    readonly at: number;
}

export class StdioLanguageClient {
    readonly connection: ProtocolConnection;
    readonly process: ChildProcess;
    /** The last diagnostics published for each URI. */
    readonly diagnostics = new Map<string, Published>();
    private readonly waiters: Array<{ uri: string; predicate: (p: Published) => boolean; resolve: (p: Published) => void }> = [];
    private readonly versions = new Map<string, number>();
    stderr = '';
    /** Requests the server sent that the client only acknowledges (e.g. `workspace/codeLens/refresh`), by method. */
    readonly received: string[] = [];

    private constructor(args: string[], private readonly settings?: Record<string, unknown>) {
        this.process = spawn(process.execPath, [...args, serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stderr!.on('data', chunk => { this.stderr += String(chunk); });
        this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
            const published = { version: params.version, diagnostics: params.diagnostics, at: performance.now() };
            this.diagnostics.set(params.uri, published);
            for (const waiter of [...this.waiters]) {
                if (waiter.uri === params.uri && waiter.predicate(published)) {
                    this.waiters.splice(this.waiters.indexOf(waiter), 1);
                    waiter.resolve(published);
                }
            }
        });
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map(item => this.settings?.[item.section ?? ''] ?? null));
        this.connection.onRequest('workspace/codeLens/refresh', () => { this.received.push('workspace/codeLens/refresh'); return null; });
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    /** Starts the server and initializes it on a workspace folder (or none); with `settings`, the client answers configuration requests from them. */
    static async start(workspaceFolder?: string, nodeArgs: string[] = [], settings?: Record<string, unknown>): Promise<StdioLanguageClient> {
        ensureServerBuilt();
        const client = new StdioLanguageClient(nodeArgs, settings);
        const folderUri = workspaceFolder ? `file://${workspaceFolder}` : null;
        await client.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: folderUri,
            workspaceFolders: folderUri ? [{ uri: folderUri, name: 'ws' }] : null,
            capabilities: {
                textDocument: { completion: { completionItem: { snippetSupport: true } }, rename: { prepareSupport: true } },
                workspace: { workspaceFolders: true, configuration: settings !== undefined, didChangeConfiguration: { dynamicRegistration: true }, codeLens: { refreshSupport: true } }
            }
        });
        await client.connection.sendNotification(InitializedNotification.type, {});
        return client;
    }

    async open(uri: string, text: string): Promise<void> {
        this.versions.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
    }

    /** Replaces the whole text (or a range of it) and returns the new version. */
    async change(uri: string, text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<number> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version },
            contentChanges: [range ? { range, text } : { text }]
        });
        return version;
    }

    /** The next diagnostics published for `uri` that satisfy the predicate (e.g. of a version). */
    waitForDiagnostics(uri: string, predicate: (p: Published) => boolean = () => true, timeoutMs = 20_000): Promise<Published> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
            this.waiters.push({ uri, predicate, resolve: published => { clearTimeout(timer); resolve(published); } });
        });
    }

    get alive(): boolean {
        return this.process.exitCode === null && this.process.signalCode === null;
    }

    async stop(): Promise<number | null> {
        if (this.alive) {
            await this.connection.sendRequest(ShutdownRequest.type);
            await this.connection.sendNotification(ExitNotification.type);
        }
        const code = await new Promise<number | null>(resolve => {
            if (!this.alive) {
                resolve(this.process.exitCode);
                return;
            }
            const timer = setTimeout(() => { this.process.kill(); resolve(null); }, 5_000);
            this.process.once('exit', exitCode => { clearTimeout(timer); resolve(exitCode); });
        });
        this.connection.dispose();
        return code;
    }
}
