/**
 * Language server figures (issue 3), measured over stdio against the built standalone server, as
 * an editor would see them:
 * - edit → diagnostics latency on a map of 1,000 steps (median; target under 50 ms);
 * - completion latency on a map of 5,000 steps (p95; target under 30 ms);
 * - rename of a persona used by 20 files;
 * - completion latency on a small file while a 5 MB map is being built and validated (p95; target under 200 ms);
 * - completion and hover latency on a 2,000-step map while its preview is laid out, cold and after an
 *   edit that changes the flow (issue 14; the layout runs in the server's layout worker; p95 under 50 ms).
 * Entry point: `runLspBench()`; prints a table and returns the rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RenderMapRequest } from '@journey-maps/model/lsp';
import { CompletionRequest, HoverRequest, RenameRequest, type CompletionList, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { generateJourney, generateWorkspace } from '../../language/bench/generate-journey.js';
import { bigMapText, completionsWhileBuilding, percentile, smallMapText } from './lsp/big-map.js';
import { StdioLanguageClient } from './lsp/stdio-client.js';

export interface LspBenchRow {
    readonly measure: string;
    readonly value: string;
    readonly target: string;
    readonly ok: boolean | undefined;
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

function positionOf(text: string, needle: string, from = 0): { line: number; character: number } {
    const offset = text.indexOf(needle, from);
    if (offset < 0) {
        throw new Error(`'${needle}' not found`);
    }
    const before = text.slice(0, offset);
    const line = (before.match(/\n/g) ?? []).length;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Edit a reference back and forth; time from the change to the diagnostics that show it. */
async function editLatency(steps: number, samples: number): Promise<number[]> {
    const client = await StdioLanguageClient.start();
    try {
        const uri = 'file:///bench/edit.journey';
        const text = generateJourney({ steps });
        const ready = client.waitForDiagnostics(uri);
        await client.open(uri, text);
        await ready;
        const at = positionOf(text, 'at t7 ', text.length >> 1);
        const range = { start: { line: at.line, character: at.character + 3 }, end: { line: at.line, character: at.character + 5 } };
        const times: number[] = [];
        for (let i = 0; i < samples; i++) {
            const broken = i % 2 === 0;
            const published = client.waitForDiagnostics(uri, p => p.diagnostics.some(d => d.code === 'unknown-reference') === broken);
            const started = performance.now();
            await client.change(uri, broken ? 'tx' : 't7', range);
            const result = await published;
            times.push(result.at - started);
        }
        return times;
    } finally {
        await client.stop();
    }
}

/** Completion at many places of a big map that is already built. */
async function completionLatency(steps: number, samples: number): Promise<number[]> {
    const client = await StdioLanguageClient.start();
    try {
        const uri = 'file:///bench/complete.journey';
        const text = generateJourney({ steps });
        const ready = client.waitForDiagnostics(uri);
        await client.open(uri, text);
        await ready;
        const lines = text.split('\n');
        const stepLines = lines.map((line, index) => ({ line, index })).filter(entry => entry.line.includes(' step s'));
        const times: number[] = [];
        for (let i = 0; i < samples; i++) {
            const { line, index } = stepLines[Math.floor((i + 0.5) * stepLines.length / samples)];
            // Alternately: a reference after `at `, and the keywords at the end of the step's body.
            const character = i % 2 === 0 ? line.indexOf(' at ') + 4 : line.lastIndexOf('}');
            const started = performance.now();
            const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: index, character } }) as CompletionList;
            times.push(performance.now() - started);
            if (list.items.length === 0) {
                throw new Error(`no completion at ${index}:${character}`);
            }
        }
        return times;
    } finally {
        await client.stop();
    }
}

/** Rename of a persona declared in a shared file and used by 20 map files. */
async function renameAcrossFiles(files: number, samples: number): Promise<{ times: number[]; filesChanged: number }> {
    const folder = mkdtempSync(join(tmpdir(), 'journey-rename-'));
    const generated = generateWorkspace({ steps: 200, sharedFiles: 1 }).files;
    const uris: string[] = [];
    for (let i = 0; i < files; i++) {
        writeFileSync(join(folder, `map-${i}.journey`), generated['map.journey']);
        uris.push(`file://${folder}/map-${i}.journey`);
    }
    writeFileSync(join(folder, 'shared-0.journey'), generated['shared-0.journey']);
    const client = await StdioLanguageClient.start(folder);
    try {
        const text = generated['map.journey'];
        const ready = client.waitForDiagnostics(uris[0]);
        await client.open(uris[0], text);
        await ready;
        const times: number[] = [];
        let filesChanged = 0;
        const position = positionOf(text, 'for p0');
        position.character += 4;
        for (let i = 0; i < samples; i++) {
            const started = performance.now();
            const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uris[0] }, position, newName: `persona-${i}` }) as WorkspaceEdit;
            times.push(performance.now() - started);
            filesChanged = Object.keys(edit.changes ?? {}).length;
        }
        return { times, filesChanged };
    } finally {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    }
}

/** Completion on a small file, again and again, while a 5 MB map is opened, built and validated. */
async function completionDuringBigBuild(): Promise<{ times: number[]; buildMs: number; megabytes: number }> {
    const client = await StdioLanguageClient.start();
    try {
        const small = 'file:///bench/small.journey';
        const ready = client.waitForDiagnostics(small);
        await client.open(small, smallMapText);
        await ready;
        const big = bigMapText();
        const during = await completionsWhileBuilding(client, small, 'file:///bench/big.journey', big);
        return { times: during.completions, buildMs: during.buildMs, megabytes: big.length / 1e6 };
    } finally {
        await client.stop();
    }
}

interface PreviewAnswers {
    readonly ms: Record<'whole' | 'changes', number[]>;
    readonly bytes: Record<'whole' | 'changes', number[]>;
}

/**
 * The preview's request after a one-letter edit of a step's label, answered whole (a client that
 * holds no map) and as changes since the map the client holds, in turn: edit → answer, and the
 * answer's size as JSON.
 */
export async function previewAnswers(steps: number, samples: number): Promise<PreviewAnswers> {
    const client = await StdioLanguageClient.start();
    try {
        const uri = 'file:///bench/preview.journey';
        let text = generateJourney({ steps });
        const ready = client.waitForDiagnostics(uri);
        await client.open(uri, text);
        await ready;
        const first = await client.connection.sendRequest(RenderMapRequest, { uri });
        if (first.status !== 'ok') throw new Error(`the ${steps}-step map did not render: ${first.status}`);
        let base = first.mapId;
        const label = text.indexOf('"', text.indexOf(' step s')) + 1;
        const result: PreviewAnswers = { ms: { whole: [], changes: [] }, bytes: { whole: [], changes: [] } };
        for (let i = 0; i < samples * 2; i++) {
            const kind = i % 2 === 0 ? 'changes' : 'whole';
            text = `${text.slice(0, label)}${String.fromCharCode(97 + (i % 26))}${text.slice(label)}`;
            const started = performance.now();
            await client.change(uri, text);
            const answer = await client.connection.sendRequest(RenderMapRequest, kind === 'changes' ? { uri, base } : { uri });
            result.ms[kind].push(performance.now() - started);
            result.bytes[kind].push(JSON.stringify(answer).length);
            if (answer.status !== (kind === 'changes' ? 'changes' : 'ok')) throw new Error(`expected ${kind}, got ${answer.status}`);
            base = answer.mapId;
        }
        return result;
    } finally {
        await client.stop();
    }
}

interface DuringLayout {
    /** Open → map answered, one per round (cold, then after the edit). */
    readonly layouts: number[];
    readonly completion: number[];
    readonly hover: number[];
}

/**
 * Completion and hover at steps all over a 2,000-step map, one after another, while the preview's
 * request for that map is being answered: first cold (the server's first layout), then after an
 * edit that adds a step, so the flow has a new shape and is laid out again, not taken from the cache.
 */
async function editingDuringLayout(steps: number): Promise<DuringLayout> {
    const client = await StdioLanguageClient.start();
    try {
        const uri = 'file:///bench/layout.journey';
        let text = generateJourney({ steps });
        const ready = client.waitForDiagnostics(uri);
        await client.open(uri, text);
        await ready;
        const result: DuringLayout = { layouts: [], completion: [], hover: [] };
        for (let round = 0; round < 2; round++) {
            if (round > 0) {
                const end = text.lastIndexOf('\n  }\n}');
                text = `${text.slice(0, end)}\n    step added "One more step" { by p1 at t1 }${text.slice(end)}`;
                const validated = client.waitForDiagnostics(uri);
                await client.change(uri, text);
                await validated;
            }
            const stepLines = text.split('\n').map((line, index) => ({ line, index })).filter(entry => entry.line.includes(' step s'));
            const started = performance.now();
            let done = false;
            const rendered = client.connection.sendRequest(RenderMapRequest, { uri }).then(answer => {
                done = true;
                result.layouts.push(performance.now() - started);
                if (answer.status !== 'ok') throw new Error(`the ${steps}-step map did not render: ${answer.status}`);
            });
            for (let i = 0; !done; i++) {
                const { line, index } = stepLines[(i * 37) % stepLines.length];
                const asked = performance.now();
                if (i % 2 === 0) {
                    const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: index, character: line.indexOf(' at ') + 4 } }) as CompletionList;
                    result.completion.push(performance.now() - asked);
                    if (list.items.length === 0) throw new Error('no completion during the layout');
                } else {
                    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: index, character: line.indexOf(' at ') + 5 } });
                    result.hover.push(performance.now() - asked);
                }
                // A person types and points a few times a second, not in a tight loop.
                await new Promise(resolve => setTimeout(resolve, 10));
            }
            await rendered;
        }
        return result;
    } finally {
        await client.stop();
    }
}

export async function runLspBench(print: (line: string) => void = console.log): Promise<LspBenchRow[]> {
    const rows: LspBenchRow[] = [];
    const edit = await editLatency(1_000, 30);
    rows.push({ measure: 'edit → diagnostics, 1,000 steps (median)', value: ms(percentile(edit, 0.5)), target: '< 50 ms', ok: percentile(edit, 0.5) < 50 });
    const completion = await completionLatency(5_000, 200);
    rows.push({ measure: 'completion, 5,000 steps (p95)', value: ms(percentile(completion, 0.95)), target: '< 30 ms', ok: percentile(completion, 0.95) < 30 });
    rows.push({ measure: 'completion, 5,000 steps (median)', value: ms(percentile(completion, 0.5)), target: '', ok: undefined });
    const rename = await renameAcrossFiles(20, 5);
    rows.push({ measure: `rename persona across ${rename.filesChanged} files (median)`, value: ms(percentile(rename.times, 0.5)), target: '', ok: undefined });
    const during = await completionDuringBigBuild();
    rows.push({ measure: `build of a ${during.megabytes.toFixed(1)} MB map (open → diagnostics)`, value: ms(during.buildMs), target: '', ok: undefined });
    rows.push({
        measure: `completion on a small file during that build: ${during.times.length} answers (p95)`,
        value: ms(percentile(during.times, 0.95)), target: '< 200 ms', ok: percentile(during.times, 0.95) < 200
    });
    rows.push({
        measure: 'completion on a small file during that build (median / max)',
        value: `${ms(percentile(during.times, 0.5))} / ${ms(Math.max(...during.times))}`, target: '', ok: undefined
    });
    const preview = await previewAnswers(200, 15);
    const kib = (bytes: number[]): string => `${Math.round(percentile(bytes, 0.5) / 1024)} KiB`;
    rows.push({
        measure: 'preview map after a letter typed, 200 steps: edit → answer, whole / changes only (medians, in turn)',
        value: `${ms(percentile(preview.ms.whole, 0.5))} (${kib(preview.bytes.whole)}) / ${ms(percentile(preview.ms.changes, 0.5))} (${kib(preview.bytes.changes)})`,
        target: '', ok: undefined
    });
    const layout = await editingDuringLayout(2_000);
    const p95 = (values: number[]) => percentile(values, 0.95);
    rows.push({ measure: 'preview of a 2,000-step map (per-persona paths): request → map, cold / after adding a step', value: layout.layouts.map(ms).join(' / '), target: '', ok: undefined });
    for (const [name, times] of [['completion', layout.completion], ['hover', layout.hover]] as const) {
        rows.push({
            measure: `${name} during those layouts: ${times.length} answers (p95; median / max)`,
            value: `${ms(p95(times))} (${ms(percentile(times, 0.5))} / ${ms(Math.max(...times))})`, target: 'p95 < 50 ms', ok: p95(times) < 50
        });
    }
    const width = Math.max(...rows.map(row => row.measure.length));
    print(`| ${'language server (stdio)'.padEnd(width)} | value | target |`);
    print(`|${'-'.repeat(width + 2)}|---|---|`);
    for (const row of rows) {
        print(`| ${row.measure.padEnd(width)} | ${row.value} | ${row.target}${row.ok === undefined ? '' : row.ok ? ' ✓' : ' ✗'} |`);
    }
    return rows;
}

if (process.argv[1] && /lsp-bench\.(ts|mjs|js)$/.test(process.argv[1])) {
    await runLspBench();
}
