/** The soak's timed requests: sent, timed, and their answers checked against the text. */
import { CancellationTokenSource, type ResponseError } from 'vscode-languageserver-protocol/node';
import { foldingRangesOutside, rangesOutside, semanticTokensOutside } from '../document-ranges.js';
import type { StdioLanguageClient } from '../stdio-client.js';
import type { EditedFile } from './edits.js';

/** An answer that is an error object ({code, message}) sent as a result. */
export const isErrorObject = (value: unknown): boolean =>
    typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'number' && typeof (value as { message?: unknown }).message === 'string';

type Params = (file: EditedFile, random: () => number) => unknown;
const anywhere = (file: EditedFile, random: () => number) => file.document.positionAt(Math.floor(random() * (file.text.length + 1)));
const wholeRange = (file: EditedFile) => ({ start: { line: 0, character: 0 }, end: file.document.positionAt(file.text.length) });
/** The requests the soak sends, with parameters for the edited file. */
const requestKinds: ReadonlyArray<{ method: string; params: Params }> = [
    { method: 'textDocument/completion', params: (file, random) => ({ textDocument: { uri: file.uri }, position: anywhere(file, random) }) },
    { method: 'textDocument/hover', params: (file, random) => ({ textDocument: { uri: file.uri }, position: anywhere(file, random) }) },
    { method: 'textDocument/definition', params: (file, random) => ({ textDocument: { uri: file.uri }, position: anywhere(file, random) }) },
    { method: 'textDocument/references', params: (file, random) => ({ textDocument: { uri: file.uri }, position: anywhere(file, random), context: { includeDeclaration: true } }) },
    { method: 'textDocument/documentHighlight', params: (file, random) => ({ textDocument: { uri: file.uri }, position: anywhere(file, random) }) },
    { method: 'textDocument/prepareRename', params: (file, random) => ({ textDocument: { uri: file.uri }, position: anywhere(file, random) }) },
    { method: 'textDocument/rename', params: (file, random) => ({ textDocument: { uri: file.uri }, position: anywhere(file, random), newName: 'renamed' }) },
    { method: 'textDocument/semanticTokens/full', params: file => ({ textDocument: { uri: file.uri } }) },
    { method: 'textDocument/documentSymbol', params: file => ({ textDocument: { uri: file.uri } }) },
    { method: 'textDocument/foldingRange', params: file => ({ textDocument: { uri: file.uri } }) },
    { method: 'textDocument/formatting', params: file => ({ textDocument: { uri: file.uri }, options: { tabSize: 2, insertSpaces: true } }) },
    { method: 'textDocument/codeAction', params: file => ({ textDocument: { uri: file.uri }, range: wholeRange(file), context: { diagnostics: [] } }) },
    { method: 'textDocument/inlayHint', params: file => ({ textDocument: { uri: file.uri }, range: wholeRange(file) }) },
    { method: 'textDocument/codeLens', params: file => ({ textDocument: { uri: file.uri } }) },
    { method: 'textDocument/documentLink', params: file => ({ textDocument: { uri: file.uri } }) },
    { method: 'workspace/symbol', params: (_file, random) => ({ query: ['', 'a', 'anna', 'st', 'zz'][Math.floor(random() * 5)] }) },
    { method: 'journey/renderMap', params: file => ({ uri: file.uri }) }
];

/** What went wrong or was measured, request by request. */
export class Recorder {
    readonly hangs: string[] = [];
    readonly errors = new Map<string, number>();
    readonly errorsAsResults: string[] = [];
    readonly outside: string[] = [];
    outsideCount = 0;
    readonly latency = new Map<string, number[]>();
    readonly cancellations = new Map<string, number>();

    count(map: Map<string, number>, key: string): void {
        map.set(key, (map.get(key) ?? 0) + 1);
    }

    addOutside(found: readonly string[], where: string): void {
        this.outsideCount += found.length;
        for (const line of found.slice(0, Math.max(0, 20 - this.outside.length))) {
            this.outside.push(`${where}: ${line}`);
        }
    }
}

/** Sends a request and waits at most `hangMs` for its answer (a hang is recorded, not thrown). */
async function timed(client: StdioLanguageClient, method: string, params: unknown, hangMs: number, recorder: Recorder, token?: CancellationTokenSource):
    Promise<{ result?: unknown; error?: ResponseError; ms: number } | undefined> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<'hang'>(resolve => { timer = setTimeout(() => resolve('hang'), hangMs); });
    type Outcome = { result?: unknown; error?: ResponseError; ms: number };
    // A string method with an undefined token would send [params, undefined] as positional params.
    const sent = token ? client.connection.sendRequest(method, params, token.token) : client.connection.sendRequest(method, params);
    const answer = sent.then(
        (result): Outcome => ({ result, ms: performance.now() - started }),
        (error: ResponseError): Outcome => ({ error, ms: performance.now() - started }));
    const outcome = await Promise.race([answer, hang]);
    clearTimeout(timer);
    if (outcome === 'hang') {
        recorder.hangs.push(`${method} unanswered after ${hangMs} ms`);
        return undefined;
    }
    if (outcome.error) {
        recorder.count(recorder.errors, `${method} ${outcome.error.code ?? 'no-code'}`);
    } else if (isErrorObject(outcome.result)) {
        recorder.errorsAsResults.push(`${method}: ${JSON.stringify(outcome.result).slice(0, 120)}`);
    }
    return outcome;
}

/** Records the ranges of an answer that lie outside the document it was asked about. */
function checkAnswer(method: string, result: unknown, file: EditedFile, files: Map<string, EditedFile>, recorder: Recorder): void {
    const documentOf = (uri: string) => files.get(uri)?.document;
    if (method === 'textDocument/semanticTokens/full' && result && Array.isArray((result as { data?: unknown }).data)) {
        recorder.addOutside(semanticTokensOutside((result as { data: number[] }).data, file.document), method);
    } else if (method === 'textDocument/foldingRange' && Array.isArray(result)) {
        recorder.addOutside(foldingRangesOutside(result as Array<{ startLine: number; endLine: number }>, file.document), method);
    } else if (method === 'journey/renderMap' && result && typeof result === 'object') {
        const rendered = result as { version?: number; sourceMap?: unknown; errors?: unknown; warnings?: unknown };
        // The map is drawn from the version it names; only the current one can be checked.
        if (rendered.version === file.document.version) {
            recorder.addOutside(rangesOutside({ sourceMap: rendered.sourceMap, problems: [rendered.errors, rendered.warnings] }, file.uri, documentOf), method);
        }
    } else {
        recorder.addOutside(rangesOutside(result, file.uri, documentOf), method);
    }
}

/** One random request about the file, timed; its answer's ranges checked against the text. */
export async function askChecked(client: StdioLanguageClient, file: EditedFile, files: Map<string, EditedFile>, random: () => number, hangMs: number, recorder: Recorder): Promise<void> {
    const kind = requestKinds[Math.floor(random() * requestKinds.length)];
    const outcome = await timed(client, kind.method, kind.params(file, random), hangMs, recorder);
    if (outcome) {
        recorder.latency.set(kind.method, [...(recorder.latency.get(kind.method) ?? []), outcome.ms]);
        if (!outcome.error) {
            checkAnswer(kind.method, outcome.result, file, files, recorder);
        }
    }
}

/** One random request cancelled within 20 ms: counted as answered or by its error code. */
export async function askAndCancel(client: StdioLanguageClient, file: EditedFile, random: () => number, hangMs: number, recorder: Recorder): Promise<void> {
    const kind = requestKinds[Math.floor(random() * 10)];
    const source = new CancellationTokenSource();
    setTimeout(() => source.cancel(), Math.floor(random() * 20));
    const outcome = await timed(client, kind.method, kind.params(file, random), hangMs, recorder, source);
    if (outcome) {
        recorder.count(recorder.cancellations, outcome.error ? `error ${outcome.error.code}` : 'answered');
    }
}
