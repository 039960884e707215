/**
 * A real LSP client over stdio for the built standalone server (dist/server.cjs): what the
 * end-to-end tests, the fuzz test and the LSP benchmark drive the server with.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import {
    AbstractMessageWriter, createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader,
    type DataCallback, type Diagnostic, type Disposable, type Message, type MessageReader, type MessageWriter, 
    type ProtocolConnection, type PublishDiagnosticsParams, type ResponseMessage
} from 'vscode-languageserver-protocol/node';

export const serverPackage = join(import.meta.dirname, '../..');
export const serverBundle = join(serverPackage, 'dist/server.cjs');
/** Built with the server, beside it: the layout worker thread. */
export const layoutWorkerBundle = join(serverPackage, 'dist/layout-worker.cjs');
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

/** Builds dist/server.cjs (and its layout worker) when missing or older than the sources (the root `npm test` builds them first). */
export function ensureServerBuilt(): void {
    if (existsSync(serverBundle) && existsSync(layoutWorkerBundle) && statSync(serverBundle).mtimeMs >= Math.max(...bundledSources.map(newestSource))) {
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

/**
 * Writes each message as one frame in one write, so raw bytes (bad input on purpose) can be sent
 * between messages without ever landing inside one.
 */
class FramingWriter extends AbstractMessageWriter implements MessageWriter {
    constructor(private readonly output: Writable) {
        super();
    }

    write(message: Message): Promise<void> {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        return this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    }

    writeRaw(bytes: Buffer | string): Promise<void> {
        return new Promise((resolve, reject) => {
            this.output.write(bytes, error => error ? reject(error) : resolve());
        });
    }

    end(): void {
        // The process owns its stdin; stop() ends the server through the protocol.
    }
}

/** Ids of requests sent as raw bytes: their answers are kept here rather than handed to the connection. */
const rawIdPrefix = 'raw-';

/** Hands every message to the connection except answers to raw requests, which go to `onRaw`. */
class TappingReader implements MessageReader {
    constructor(private readonly inner: MessageReader, private readonly onRaw: (message: ResponseMessage) => void) {}
    get onError(): MessageReader['onError'] { return this.inner.onError; }
    get onClose(): MessageReader['onClose'] { return this.inner.onClose; }
    get onPartialMessage(): MessageReader['onPartialMessage'] { return this.inner.onPartialMessage; }
    listen(callback: DataCallback): Disposable {
        return this.inner.listen(message => {
            const response = message as ResponseMessage;
            if ('id' in response && !('method' in response) && (response.id === null || String(response.id).startsWith(rawIdPrefix))) {
                this.onRaw(response);
            } else {
                callback(message);
            }
        });
    }
    dispose(): void { this.inner.dispose(); }
}

export class StdioLanguageClient {
    readonly connection: ProtocolConnection;
    readonly process: ChildProcess;
    /** The last diagnostics published for each URI. */
    readonly diagnostics = new Map<string, Published>();
    private readonly waiters: Array<{ uri: string; predicate: (p: Published) => boolean; resolve: (p: Published) => void }> = [];
    private readonly versions = new Map<string, number>();
    /** When each publication of diagnostics arrived (performance.now()), for any URI. */
    readonly publications: number[] = [];
    /** Called with every publication of diagnostics, for any URI. */
    readonly publishListeners: Array<(params: PublishDiagnosticsParams) => void> = [];
    /** Answers to raw requests (ids `raw-…`) and to messages the server could not read (id null). */
    readonly rawResponses: ResponseMessage[] = [];
    private readonly rawWaiters: Array<(response: ResponseMessage) => boolean> = [];
    private readonly writer: FramingWriter;
    private rawCount = 0;
    stderr = '';
    /** Requests the server sent that the client only acknowledges (e.g. `workspace/codeLens/refresh`), by method. */
    readonly received: string[] = [];

    private constructor(args: string[], private readonly settings?: Record<string, unknown>) {
        this.process = spawn(process.execPath, [...args, serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stderr!.on('data', chunk => { this.stderr += String(chunk); });
        this.writer = new FramingWriter(this.process.stdin!);
        const reader = new TappingReader(new StreamMessageReader(this.process.stdout!), response => {
            this.rawResponses.push(response);
            for (const waiter of [...this.rawWaiters]) {
                if (waiter(response)) {
                    this.rawWaiters.splice(this.rawWaiters.indexOf(waiter), 1);
                }
            }
        });
        this.connection = createProtocolConnection(reader, this.writer);
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
            const published = { version: params.version, diagnostics: params.diagnostics, at: performance.now() };
            this.publications.push(published.at);
            this.publishListeners.forEach(listener => listener(params));
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

    async close(uri: string): Promise<void> {
        this.versions.delete(uri);
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }

    /** Sends bytes as they are, between two whole messages: for bad input. */
    sendRaw(bytes: Buffer | string): Promise<void> {
        return this.writer.writeRaw(bytes);
    }

    /** A fresh id for a request sent with `sendRaw`, whose answer `rawResponse` then waits for. */
    rawId(): string {
        return `${rawIdPrefix}${++this.rawCount}`;
    }

    /** Frames a message body (any text, valid JSON or not) with a correct Content-Length header. */
    static frame(body: string): Buffer {
        const bytes = Buffer.from(body, 'utf8');
        return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
    }

    /** The answer to the raw request `id` (null: to a message the server could not read). */
    rawResponse(id: string | null, timeoutMs = 10_000): Promise<ResponseMessage> {
        const found = this.rawResponses.find(response => response.id === id);
        if (found) {
            this.rawResponses.splice(this.rawResponses.indexOf(found), 1);
            return Promise.resolve(found);
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no answer to ${id} within ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
            this.rawWaiters.push(response => {
                if (response.id !== id) {
                    return false;
                }
                clearTimeout(timer);
                this.rawResponses.splice(this.rawResponses.indexOf(response), 1);
                resolve(response);
                return true;
            });
        });
    }

    /** Publications of diagnostics that arrived after `since` (a performance.now() time). */
    publicationsSince(since: number): number {
        let count = 0;
        for (let i = this.publications.length - 1; i >= 0 && this.publications[i] > since; i--) {
            count++;
        }
        return count;
    }

    /**
     * Waits until no diagnostics have been published for `quietMs`, then counts what is published
     * during the next `idleMs`: a server with nothing to do publishes nothing.
     */
    async publicationsWhileIdle(quietMs = 1_000, idleMs = 2_000, settleTimeoutMs = 30_000): Promise<number> {
        const started = performance.now();
        while (performance.now() - started < settleTimeoutMs) {
            const last = this.publications.at(-1) ?? 0;
            if (performance.now() - last >= quietMs) {
                break;
            }
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        const from = performance.now();
        await new Promise(resolve => setTimeout(resolve, idleMs));
        return this.publicationsSince(from);
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
