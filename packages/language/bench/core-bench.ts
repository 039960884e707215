/**
 * Language core figures (issue 2): cold `journey check`, in-process build, re-validation after a
 * one-character edit, and peak memory, on generated maps of 1,000, 10,000 and 50,000 steps; the
 * cold check of a 1 MB map against its 1 s target (issue 14).
 * Run through `npm run bench`; prints a table. Medians, since the machines are shared and noisy.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createJourneyServices } from '../src/index.js';
import { generateJourney } from './generate-journey.js';

/*
 * `--parse-only FILE`: this script as a child process that only parses FILE with Langium (lexer,
 * parser, CST and AST: no linking, no validation) and prints how long that took, cold. It is the
 * floor of the 1 MB check: the part of its second that Langium's parser takes before any of ours.
 */
if (process.argv[2] === '--parse-only') {
    const text = readFileSync(process.argv[3], 'utf8');
    const parser = createJourneyServices(EmptyFileSystem).Journey.parser.LangiumParser;
    const started = performance.now();
    const parsed = parser.parse(text);
    process.stdout.write(`${performance.now() - started} ${parsed.parserErrors.length + parsed.lexerErrors.length}\n`);
    process.exit(0);
}

const repo = join(import.meta.dirname, '../../..');
const bin = join(repo, 'packages/cli/bin/journey.js');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** Wall time, CPU time and peak RSS of a fresh `journey check` process, as a user would start it. */
function coldCheck(file: string, preload: string): { wall: number; cpu: number; peakMb: number } {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--require', preload, bin, 'check', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const wall = performance.now() - started;
    const peak = /maxrss (\d+)/.exec(result.stderr)?.[1];
    const cpu = /cpu (\d+)/.exec(result.stderr)?.[1];
    if (result.status !== 0 || !peak || !cpu) {
        throw new Error(`journey check failed (${result.status}): ${result.stderr}`);
    }
    return { wall, cpu: Number(cpu) / 1000, peakMb: Number(peak) / 1024 };
}

/** Langium's parse alone of a file, timed inside a fresh process of this script (`--parse-only`). */
function parseOnly(file: string): number {
    const result = spawnSync(process.execPath, [process.argv[1], '--parse-only', file], { encoding: 'utf8' });
    const [took, errors] = result.stdout.trim().split(' ').map(Number);
    if (result.status !== 0 || errors !== 0 || !Number.isFinite(took)) {
        throw new Error(`the parse-only run failed (${result.status}, ${errors} errors): ${result.stderr}`);
    }
    return took;
}

async function inProcess(text: string, edits: number): Promise<{ build: number; revalidate?: number }> {
    const services = createJourneyServices(EmptyFileSystem).Journey;
    const { TextDocuments, DocumentBuilder } = services.shared.workspace;
    const uri = URI.parse('file:///bench/map.journey');
    TextDocuments.set(TextDocument.create(uri.toString(), 'journey', 1, text));
    const started = performance.now();
    await DocumentBuilder.update([uri], []);
    const build = performance.now() - started;
    if (edits === 0) {
        return { build };
    }
    // One character typed into a step label, then taken back: the document is re-parsed, relinked and re-validated.
    const at = text.indexOf('"', text.indexOf('step s500')) + 1;
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
        const edited = i % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : text;
        TextDocuments.set(TextDocument.create(uri.toString(), 'journey', i + 2, edited));
        const t = performance.now();
        await DocumentBuilder.update([uri], []);
        times.push(performance.now() - t);
    }
    return { build, revalidate: median(times.slice(4)) };
}

const dir = mkdtempSync(join(tmpdir(), 'journey-bench-'));
const preload = join(dir, 'check-maxrss.cjs');
writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nmaxrss ' + u.maxRSS + '\\ncpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n");
console.log('\n## Language core (issue 2)\n');
console.log('| steps | size | cold `journey check` | in-process build | re-validate after 1-char edit | peak RSS (cold check) |');
console.log('|---|---|---|---|---|---|');
const rows: Array<{ steps: number; wall: number }> = [];
for (const steps of [1_000, 10_000, 50_000]) {
    const text = generateJourney({ steps });
    const file = join(dir, `map-${steps}.journey`);
    writeFileSync(file, text);
    const colds = [0, 1, 2].map(() => coldCheck(file, preload));
    const wall = median(colds.map(c => c.wall));
    const peak = Math.max(...colds.map(c => c.peakMb));
    const builds: number[] = [];
    let revalidate: number | undefined;
    for (let run = 0; run < (steps > 10_000 ? 1 : 3); run++) {
        const result = await inProcess(text, steps === 1_000 && run === 0 ? 40 : 0);
        builds.push(result.build);
        revalidate ??= result.revalidate;
    }
    rows.push({ steps, wall });
    console.log(`| ${steps.toLocaleString('en')} | ${(text.length / 1e6).toFixed(2)} MB | ${ms(wall)} | ${ms(median(builds))} | ${revalidate === undefined ? '–' : `${ms(revalidate)} median`} | ${peak.toFixed(0)} MB |`);
}
// The target's own workload (issue 14): a generated map of 1 MB, checked cold seven times.
let megabyteSteps = 12_000;
let megabyte = generateJourney({ steps: megabyteSteps });
while (Math.abs(megabyte.length - 1e6) > 10_000) {
    megabyteSteps = Math.round(megabyteSteps * 1e6 / megabyte.length);
    megabyte = generateJourney({ steps: megabyteSteps });
}
const megabyteFile = join(dir, 'map-1mb.journey');
writeFileSync(megabyteFile, megabyte);
// Alternated with the floor under it: a bare Node start, and Langium's parse alone in a cold process.
const megabyteRuns: Array<ReturnType<typeof coldCheck>> = [];
const nodeStarts: number[] = [];
const parses: number[] = [];
for (let run = 0; run < 7; run++) {
    megabyteRuns.push(coldCheck(megabyteFile, preload));
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    nodeStarts.push(performance.now() - started);
    parses.push(parseOnly(megabyteFile));
}
const megabyteWall = median(megabyteRuns.map(run => run.wall));
const spread = (values: number[]): string => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
console.log(`\nCold \`journey check\` of a ${(megabyte.length / 1e6).toFixed(2)} MB map (${megabyteSteps.toLocaleString('en')} generated steps), 7 runs: ` +
    `wall median ${ms(megabyteWall)} (${spread(megabyteRuns.map(run => run.wall))}), CPU median ${ms(median(megabyteRuns.map(run => run.cpu)))} ` +
    `(${spread(megabyteRuns.map(run => run.cpu))}); target under 1 s wall: ${megabyteWall < 1000 ? 'met' : 'MISSED'}.`);
const floor = median(nodeStarts) + median(parses);
console.log(`The floor under it, in the same runs: a bare Node start ${ms(median(nodeStarts))} + Langium's parse of the text alone in a cold process ` +
    `(lexer, parser, CST and AST; no linking or validation) ${ms(median(parses))} (${spread(parses)}) = ${ms(floor)}, ` +
    `${Math.round(100 * floor / megabyteWall)} % of the check; what is left of the 1 s for loading the code, linking, validating and printing: ${ms(Math.max(0, 1000 - floor))}.`);
const growth = rows[1].wall / rows[0].wall;
const growth5 = rows[2].wall / rows[1].wall;
console.log(`\nGrowth of cold check: 10× input → ${growth.toFixed(1)}× time; 5× input → ${growth5.toFixed(1)}× time.`);
console.log('Targets: 1 MB checked in under 1 s cold; 10× input at most 12× time; re-validation at 1,000 steps under 50 ms median; under 800 MB peak at 5 MB.');

