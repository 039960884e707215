/**
 * The soak test (issue 16): the built server driven over stdio as an editor drives it, seeded so
 * a failure replays. Random edits (deletions, language tokens, Unicode, truncations, pastes of
 * whole examples, undos) to a map and to the file it imports; every 20 edits two timed requests
 * whose answers are checked against the text; cancellations; bad input; idle checks (a server
 * with nothing to do publishes nothing); RSS over time; optionally a 5 MB map opened and closed.
 * `runSoak` returns the figures, `formatSoakReport` prints them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    CancellationTokenSource, CompletionRequest, DocumentSymbolRequest, WorkspaceSymbolRequest, type CompletionList, type ResponseError
} from 'vscode-languageserver-protocol/node';
import { badInputs } from './bad-input.js';
import { bigMapText, completionsWhileBuilding, percentile, smallMapText } from './big-map.js';
import { foldingRangesOutside, rangesOutside, semanticTokensOutside } from './document-ranges.js';
import { serverPackage, StdioLanguageClient } from './stdio-client.js';

export interface SoakOptions {
    readonly edits: number;
    readonly seed?: number;
    /** A request unanswered for this long is a hang. */
    readonly hangMs?: number;
    /** Open and close a 5 MB map at the end (memory and latency figures). */
    readonly bigMap?: boolean;
    /** Progress lines (the bench prints them; the test does not). */
    readonly progress?: (line: string) => void;
}

export interface BigMapFigures {
    readonly megabytes: number;
    readonly buildMs: number;
    readonly completions: readonly number[];
    readonly rssBeforeMb: number;
    readonly rssOpenMb: number;
    /** RSS some seconds after closing, by seconds since the close. */
    readonly rssAfterCloseMb: ReadonlyArray<{ seconds: number; mb: number }>;
    /** Whether documentSymbol on the closed map was refused (it was dropped). */
    readonly droppedAfterClose: boolean;
}

export interface SoakReport {
    readonly edits: number;
    readonly seconds: number;
    /** Set when the server process ended on its own: exit code and the end of its stderr. */
    readonly crashed?: string;
    readonly hangs: readonly string[];
    /** `method code` → how many error responses. */
    readonly errors: ReadonlyMap<string, number>;
    /** Answers whose result is an error object ({code, message}): errors sent as results. */
    readonly errorsAsResults: readonly string[];
    readonly outsideCount: number;
    /** The first few ranges outside their document. */
    readonly outside: readonly string[];
    readonly publications: number;
    readonly badInputSent: number;
    /** Bad input answered otherwise than a correct server would. */
    readonly badInputWrong: readonly string[];
    readonly cancellations: ReadonlyMap<string, number>;
    /** Publications counted during each idle check. */
    readonly idlePublications: readonly number[];
    readonly rss: ReadonlyArray<{ edits: number; mb: number }>;
    /** Request kind → latencies (ms) of its answers. */
    readonly latency: ReadonlyMap<string, readonly number[]>;
    /** After all of it, a known text gets its diagnostics (none) and its completions as usual. */
    readonly answersAfterwards: boolean;
    readonly big?: BigMapFigures;
}

/** A seeded generator (so a failure replays) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state / 4294967296;
    };
}

const tokens = ['step', 'stage', 'persona', 'channel', 'touchpoint', 'team', 'metric', 'journey', 'import', 'by', 'at', 'via', 'for', '->', 'end',
    'emotion', 'pain', 'opportunity', 'moment-of-truth', 'kind', 'baseline', 'owner', 'unit', 'target', 'actual', '-3', '+7', '1.5', '0', '{', '}',
    '{ }', '"', '"a text"', '\\"', ',', ':', '\n', '\n  ', ' ', '  ', '\t', '/*', '*/', '// note\n', 'anna', 'marek', 'web', 'form', 'apply',
    'import "bank-people.journey"', 'import "nowhere.journey"', 'import "notes.txt"', '<=', '>=', '%'];
const unicode = ['zażółć', 'анна', 'Ωμέγα', '日本語', '한국어', '😀', '👩‍👩‍👧', '\u0000', '\u200b', '\ufeff', '\r\n', '\r', '\u2028', 'é', '\ud800', 'ﬁ'];

interface Edit { start: number; end: number; text: string }

class EditedFile {
    document: TextDocument;
    private readonly undo: Edit[] = [];

    constructor(readonly uri: string, text: string) {
        this.document = TextDocument.create(uri, 'journey', 1, text);
    }

    get text(): string {
        return this.document.getText();
    }

    /** Applies an edit locally and returns it as LSP range + text, with the edit that undoes it kept. */
    apply(edit: Edit, keepUndo = true): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
        const range = { start: this.document.positionAt(edit.start), end: this.document.positionAt(edit.end) };
        const removed = this.text.slice(edit.start, edit.end);
        if (keepUndo) {
            this.undo.push({ start: edit.start, end: edit.start + edit.text.length, text: removed });
            if (this.undo.length > 200) {
                this.undo.shift();
            }
        }
        this.document = TextDocument.update(this.document, [{ range, text: edit.text }], this.document.version + 1);
        return { range, text: edit.text };
    }

    popUndo(): Edit | undefined {
        return this.undo.pop();
    }
}

function exampleTexts(): string[] {
    const dir = join(serverPackage, '../../examples');
    return readdirSync(dir).filter(name => name.endsWith('.journey')).sort().map(name => readFileSync(join(dir, name), 'utf8'));
}

function rssMb(pid: number | undefined): number {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
    } catch {
        return NaN;
    }
}

const isErrorObject = (value: unknown): boolean =>
    typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'number' && typeof (value as { message?: unknown }).message === 'string';

type Params = (file: EditedFile, random: () => number) => unknown;
const anywhere = (file: EditedFile, random: () => number) => file.document.positionAt(Math.floor(random() * (file.text.length + 1)));
const wholeRange = (file: EditedFile) => ({ start: { line: 0, character: 0 }, end: file.document.positionAt(file.text.length) });
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

class Recorder {
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

/** Publications arrive for some recent version of a file: a range is outside only if it fits none of them. */
class PublicationChecker {
    private readonly recent = new Map<string, TextDocument[]>();
    publications = 0;

    remember(file: EditedFile): void {
        const list = this.recent.get(file.uri) ?? [];
        // TextDocument.update changes a document in place: keep a copy of this version.
        list.push(TextDocument.create(file.uri, 'journey', file.document.version, file.text));
        if (list.length > 60) {
            list.shift();
        }
        this.recent.set(file.uri, list);
    }

    check(uri: string, diagnostics: unknown[], recorder: Recorder): void {
        this.publications++;
        const versions = this.recent.get(uri);
        if (!versions || diagnostics.length === 0) {
            return;
        }
        for (const diagnostic of diagnostics) {
            const fitsOne = versions.some(document => rangesOutside(diagnostic, uri, () => document).length === 0);
            if (!fitsOne) {
                recorder.addOutside(rangesOutside(diagnostic, uri, () => versions.at(-1)), 'publishDiagnostics');
            }
        }
    }
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
    const random = seededRandom(options.seed ?? 20261201);
    const hangMs = options.hangMs ?? 15_000;
    const progress = options.progress ?? (() => undefined);
    const examples = exampleTexts();
    const folder = mkdtempSync(join(tmpdir(), 'journey-soak-'));
    const peopleText = readFileSync(join(serverPackage, '../../examples/bank-people.journey'), 'utf8');
    const mapText = readFileSync(join(serverPackage, '../../examples/bank-onboarding.journey'), 'utf8');
    writeFileSync(join(folder, 'bank-people.journey'), peopleText);
    writeFileSync(join(folder, 'bank-onboarding.journey'), mapText);
    writeFileSync(join(folder, 'notes.txt'), 'Not a journey.\n');
    const recorder = new Recorder();
    const publications = new PublicationChecker();
    const client = await StdioLanguageClient.start(folder);
    let exited: string | undefined;
    client.process.once('exit', (code, signal) => { exited = `exit code ${code ?? signal}`; });
    const started = performance.now();
    const map = new EditedFile(`file://${folder}/bank-onboarding.journey`, mapText);
    const people = new EditedFile(`file://${folder}/bank-people.journey`, peopleText);
    const files = new Map([[map.uri, map], [people.uri, people]]);
    client.publishListeners.push(params => publications.check(params.uri, params.diagnostics, recorder));
    const rss: Array<{ edits: number; mb: number }> = [{ edits: 0, mb: rssMb(client.process.pid) }];
    const idlePublications: number[] = [];
    const bad = badInputs(map.uri);
    const badInputWrong: string[] = [];
    let badInputSent = 0;

    const idleCheck = async (): Promise<void> => {
        idlePublications.push(await client.publicationsWhileIdle(1_000, 2_000, 20_000));
    };

    try {
        for (const file of files.values()) {
            publications.remember(file);
            await client.open(file.uri, file.text);
        }
        for (let edit = 1; edit <= options.edits && !exited; edit++) {
            // Most edits go to the map; some to the file it imports.
            const file = random() < 0.12 ? people : map;
            await client.change(file.uri, ...changeArgs(file, random, examples));
            publications.remember(file);

            if (edit % 20 === 0) {
                for (let n = 0; n < 2; n++) {
                    const kind = requestKinds[Math.floor(random() * requestKinds.length)];
                    const outcome = await timed(client, kind.method, kind.params(file, random), hangMs, recorder);
                    if (outcome) {
                        recorder.latency.set(kind.method, [...(recorder.latency.get(kind.method) ?? []), outcome.ms]);
                        if (!outcome.error) {
                            checkAnswer(kind.method, outcome.result, file, files, recorder);
                        }
                    }
                }
            }
            if (edit % 50 === 25) {
                const kind = requestKinds[Math.floor(random() * 10)];
                const source = new CancellationTokenSource();
                setTimeout(() => source.cancel(), Math.floor(random() * 20));
                const outcome = await timed(client, kind.method, kind.params(file, random), hangMs, recorder, source);
                if (outcome) {
                    recorder.count(recorder.cancellations, outcome.error ? `error ${outcome.error.code}` : 'answered');
                }
            }
            if (edit % 20 === 10) {
                const input = bad[badInputSent % bad.length];
                badInputSent++;
                const wrong = await sendBadInput(client, input, hangMs);
                if (wrong) {
                    badInputWrong.push(`${input.name}: ${wrong}`);
                }
            }
            if (edit % 500 === 0) {
                rss.push({ edits: edit, mb: rssMb(client.process.pid) });
                progress(`  ${edit} edits, ${((performance.now() - started) / 1000).toFixed(0)} s, RSS ${rss.at(-1)!.mb.toFixed(0)} MB`);
            }
            if (edit % 5_000 === 0 && edit < options.edits) {
                await idleCheck();
            }
        }
        if (!exited) {
            await idleCheck();
            rss.push({ edits: options.edits, mb: rssMb(client.process.pid) });
        }
        const answersAfterwards = !exited && await answersAsUsual(client, map, people, hangMs);
        const big = options.bigMap && !exited ? await openAndCloseBigMap(client, hangMs) : undefined;
        const seconds = (performance.now() - started) / 1000;
        return {
            edits: options.edits, seconds, crashed: exited ? `${exited}: ${client.stderr.slice(-2_000)}` : undefined,
            hangs: recorder.hangs, errors: recorder.errors, errorsAsResults: recorder.errorsAsResults, outsideCount: recorder.outsideCount,
            outside: recorder.outside, publications: publications.publications, badInputSent, badInputWrong, cancellations: recorder.cancellations,
            idlePublications, rss, latency: recorder.latency, answersAfterwards, big
        };
    } finally {
        if (client.alive) {
            await client.stop();
        }
        rmSync(folder, { recursive: true, force: true });
    }
}

function changeArgs(file: EditedFile, random: () => number, examples: readonly string[]): [string, { start: { line: number; character: number }; end: { line: number; character: number } }] {
    const length = file.text.length;
    const at = Math.floor(random() * (length + 1));
    const roll = random();
    let edit: Edit;
    if (roll < 0.12) {
        const undo = file.popUndo();
        if (undo && undo.end <= length) {
            const applied = file.apply(undo, false);
            return [applied.text, applied.range];
        }
        edit = { start: at, end: at, text: tokens[Math.floor(random() * tokens.length)] };
    } else if (roll < 0.32 || length > 40_000) {
        edit = { start: at, end: Math.min(length, at + 1 + Math.floor(random() * (random() < 0.9 ? 12 : 400))), text: '' };
    } else if (roll < 0.70) {
        let text = '';
        for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
            text += tokens[Math.floor(random() * tokens.length)] + (random() < 0.5 ? ' ' : '');
        }
        edit = { start: at, end: at, text };
    } else if (roll < 0.84) {
        edit = { start: at, end: Math.min(length, at + Math.floor(random() * 3)), text: unicode[Math.floor(random() * unicode.length)] };
    } else if (roll < 0.88) {
        edit = { start: at, end: length, text: '' };
    } else if (roll < 0.94) {
        edit = { start: at, end: at, text: examples[Math.floor(random() * examples.length)] };
    } else {
        // A whole file replaced by an example: the editor's "paste over everything".
        edit = { start: 0, end: length, text: examples[Math.floor(random() * examples.length)] };
    }
    const applied = file.apply(edit);
    return [applied.text, applied.range];
}

/** Puts both files back to a known text: no diagnostics, and completion after `by` offers the personas. */
async function answersAsUsual(client: StdioLanguageClient, map: EditedFile, people: EditedFile, hangMs: number): Promise<boolean> {
    const mapText = 'import "bank-people.journey"\njourney j {\n  for anna\n  stage s {\n    step a { by  via web emotion 1 }\n  }\n}\n';
    const settled = client.waitForDiagnostics(map.uri, p => p.diagnostics.length === 1, hangMs);
    for (const [file, text] of [[people, 'persona anna\npersona marek\nchannel web\n'], [map, mapText]] as const) {
        const applied = file.apply({ start: 0, end: file.text.length, text });
        await client.change(file.uri, applied.text, applied.range);
    }
    try {
        // The one diagnostic: `by` without a name, mid-edit.
        await settled;
        const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: map.uri }, position: { line: 4, character: 16 } }) as CompletionList;
        return list.items.some(item => item.label === 'anna');
    } catch {
        return false;
    }
}

/** Sends one piece of bad input; returns what was wrong with the answer, or undefined. */
async function sendBadInput(client: StdioLanguageClient, input: ReturnType<typeof badInputs>[number], hangMs: number): Promise<string | undefined> {
    const id = client.rawId();
    await client.sendRaw(StdioLanguageClient.frame(input.body(id)));
    if (input.answer === 'none') {
        return undefined;
    }
    let answer: { result?: unknown; error?: { code: number } };
    try {
        answer = await client.rawResponse(input.answersId ? id : null, hangMs) as typeof answer;
    } catch {
        return 'no answer';
    }
    if (input.answer === 'answered') {
        return answer.error?.code === -32603 ? 'internal error' : isErrorObject(answer.result) ? 'error sent as a result' : undefined;
    }
    return answer.error && input.answer.error.includes(answer.error.code) ? undefined : `expected error ${input.answer.error.join('/')}, got ${JSON.stringify(answer).slice(0, 160)}`;
}

async function openAndCloseBigMap(client: StdioLanguageClient, hangMs: number): Promise<BigMapFigures> {
    const small = 'file:///soak-small/small.journey';
    const ready = client.waitForDiagnostics(small);
    await client.open(small, smallMapText);
    await ready;
    const bigUri = 'file:///soak-big/big.journey';
    const text = bigMapText();
    const rssBeforeMb = rssMb(client.process.pid);
    const during = await completionsWhileBuilding(client, small, bigUri, text);
    const rssOpenMb = rssMb(client.process.pid);
    const cleared = client.waitForDiagnostics(bigUri, p => p.diagnostics.length === 0, hangMs);
    const closedAt = performance.now();
    await client.close(bigUri);
    await cleared.catch(() => undefined);
    const droppedAfterClose = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: bigUri } }).then(() => false, () => true);
    const rssAfterCloseMb: Array<{ seconds: number; mb: number }> = [];
    for (const seconds of [2, 10, 30]) {
        // Light work meanwhile, as an editor keeps asking: the collector runs when there is allocation.
        while (performance.now() - closedAt < seconds * 1_000) {
            await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 's' });
            await new Promise(resolve => setTimeout(resolve, 100));
        }
        rssAfterCloseMb.push({ seconds, mb: rssMb(client.process.pid) });
    }
    return { megabytes: text.length / 1e6, buildMs: during.buildMs, completions: during.completions, rssBeforeMb, rssOpenMb, rssAfterCloseMb, droppedAfterClose };
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export function formatSoakReport(report: SoakReport): string[] {
    const lines: string[] = [];
    lines.push(`soak: ${report.edits} edits in ${report.seconds.toFixed(0)} s, ${report.publications} publications of diagnostics`);
    lines.push(`  crashes: ${report.crashed ? `1 (${report.crashed.split('\n')[0]})` : 0}`);
    lines.push(`  hangs: ${report.hangs.length}${report.hangs.length ? ` (${report.hangs.slice(0, 3).join('; ')})` : ''}`);
    lines.push(`  ranges outside their document: ${report.outsideCount}${report.outside.length ? `, e.g. ${report.outside.slice(0, 3).join('; ')}` : ''}`);
    lines.push(`  errors sent as results: ${report.errorsAsResults.length}${report.errorsAsResults.length ? ` (${report.errorsAsResults.slice(0, 2).join('; ')})` : ''}`);
    const errors = [...report.errors].sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => `${kind} ×${count}`);
    lines.push(`  error responses by kind: ${errors.length ? errors.join(', ') : 'none'}`);
    lines.push(`  cancelled requests: ${[...report.cancellations].map(([kind, count]) => `${kind} ×${count}`).join(', ') || 'none'}`);
    lines.push(`  bad input: ${report.badInputSent} sent, ${report.badInputWrong.length} answered wrongly${report.badInputWrong.length ? ` (${report.badInputWrong.slice(0, 3).join('; ')})` : ''}`);
    lines.push(`  idle checks (publications in 2 s with nothing to do): ${report.idlePublications.join(', ')}`);
    lines.push(`  afterwards, a known text is checked and completed as usual: ${report.answersAfterwards ? 'yes' : 'NO'}`);
    lines.push(`  RSS over time: ${report.rss.map(sample => `${sample.edits}: ${sample.mb.toFixed(0)} MB`).join(', ')}`);
    lines.push('  latency by request kind (answers: median / p95 / max):');
    for (const [method, times] of [...report.latency].sort(([a], [b]) => a.localeCompare(b))) {
        lines.push(`    ${method.padEnd(34)} ${String(times.length).padStart(4)}: ${ms(percentile(times, 0.5))} / ${ms(percentile(times, 0.95))} / ${ms(Math.max(...times))}`);
    }
    if (report.big) {
        const big = report.big;
        lines.push(`  ${big.megabytes.toFixed(1)} MB map: open → diagnostics ${ms(big.buildMs)}; RSS ${big.rssBeforeMb.toFixed(0)} MB before, ${big.rssOpenMb.toFixed(0)} MB open, `
            + `after close ${big.rssAfterCloseMb.map(sample => `${sample.mb.toFixed(0)} MB at ${sample.seconds} s`).join(', ')}; dropped after close: ${big.droppedAfterClose ? 'yes' : 'NO'}`);
        lines.push(`  completion on a small file while it builds: ${big.completions.length} answers, median ${ms(percentile(big.completions, 0.5))}, `
            + `p95 ${ms(percentile(big.completions, 0.95))}, max ${ms(Math.max(...big.completions))}`);
    }
    return lines;
}
