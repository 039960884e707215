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
import { analyzeJourney, createJourneyServices, stepNamePositions } from '../src/index.js';
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

/** Wall time and peak RSS of a fresh `journey check` (or another command) process, as a user would start it. */
function coldCheck(file: string, preload: string, command = 'check'): { wall: number; cpu: number; peakMb: number } {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--require', preload, bin, command, file, ...(command === 'report' ? ['--format', 'json'] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const wall = performance.now() - started;
    const peak = /maxrss (\d+)/.exec(result.stderr)?.[1];
    const cpu = /cpu (\d+)/.exec(result.stderr)?.[1];
    if (result.status !== 0 || !peak || !cpu) {
        throw new Error(`journey ${command} failed (${result.status}): ${result.stderr}`);
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

/** CPU time (user + system) of this process in ms: steadier than wall time on a shared machine. */
function cpuMs(): number {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
}

/**
 * Where the report's own time goes, in process on a built workspace, as the CLI runs it: the model
 * export, the analysis, the step positions of the hotspots and the JSON text (after two warm-up
 * runs, medians of 5 CPU times). Explains the cold figure; it is not the figure itself.
 */
async function reportWork(text: string): Promise<{ exportMs: number; analysisMs: number; positionsMs: number; jsonMs: number; hotspots: number }> {
    const services = createJourneyServices(EmptyFileSystem).Journey;
    const { TextDocuments, DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    const uri = URI.parse('file:///bench/report.journey');
    TextDocuments.set(TextDocument.create(uri.toString(), 'journey', 1, text));
    await DocumentBuilder.update([uri], []);
    const document = LangiumDocuments.getDocument(uri)!;
    const exporter = services.model.JourneyModelExporter;
    const times = { exportMs: [] as number[], analysisMs: [] as number[], positionsMs: [] as number[], jsonMs: [] as number[] };
    let hotspots = 0;
    for (let run = 0; run < 7; run++) {
        let t = cpuMs();
        const model = exporter.exportModel(document)!;
        const exportMs = cpuMs() - t;
        t = cpuMs();
        const insights = analyzeJourney(model);
        hotspots = insights.hotspots.length;
        const analysisMs = cpuMs() - t;
        t = cpuMs();
        stepNamePositions(exporter.journeyOf(document)!, new Set(insights.hotspots.map(hotspot => hotspot.step)));
        const positionsMs = cpuMs() - t;
        t = cpuMs();
        JSON.stringify(insights, null, 2);
        const jsonMs = cpuMs() - t;
        if (run >= 2) {
            times.exportMs.push(exportMs);
            times.analysisMs.push(analysisMs);
            times.positionsMs.push(positionsMs);
            times.jsonMs.push(jsonMs);
        }
    }
    return { exportMs: median(times.exportMs), analysisMs: median(times.analysisMs), positionsMs: median(times.positionsMs), jsonMs: median(times.jsonMs), hotspots };
}

const dir = mkdtempSync(join(tmpdir(), 'journey-bench-'));
const preload = join(dir, 'report-maxrss.cjs');
writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nmaxrss ' + u.maxRSS + '\\ncpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n");
console.log('\n## Language core (issue 2)\n');
console.log('| steps | size | cold `journey check` | in-process build | re-validate after 1-char edit | peak RSS (cold check) |');
console.log('|---|---|---|---|---|---|');
const rows: Array<{ steps: number; wall: number; text: string; file: string }> = [];
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
    rows.push({ steps, wall, text, file });
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

console.log('\n## Report (issue 10): the report\'s own time against `journey check`\n');
console.log('The report\'s own time is what `journey report FILE --format json` costs beyond `journey check FILE`: both');
console.log('started cold as a user starts them (one process each, parse, link and validate the same file); the');
console.log('report then exports the model, analyses it, places the hotspots and writes the JSON. CPU time of');
console.log('each process (steadier than wall time on a shared machine); the own time is the median of the');
console.log('differences of alternated pairs, so that the machine\'s load weighs on both alike.\n');
console.log('| steps | hotspots | `journey check` | `journey report --format json` | report\'s own time | own time / check (target under 10%) |');
console.log('|---|---|---|---|---|---|');
const breakdown: string[] = [];
for (const row of rows.filter(r => r.steps <= 10_000)) {
    const work = await reportWork(row.text);
    const reports: number[] = [];
    const checks: number[] = [];
    const own: number[] = [];
    for (let run = 0; run < (row.steps > 1_000 ? 5 : 9); run++) {
        const check = coldCheck(row.file, preload).cpu;
        const report = coldCheck(row.file, preload, 'report').cpu;
        checks.push(check);
        reports.push(report);
        own.push(report - check);
    }
    const [check, report, ownMs] = [median(checks), median(reports), median(own)];
    const ratio = 100 * ownMs / check;
    console.log(`| ${row.steps.toLocaleString('en')} | ${work.hotspots} | ${ms(check)} | ${ms(report)} | ${ms(ownMs)} | ${ratio.toFixed(1)}% ${ratio < 10 ? '(met)' : '(missed)'} |`);
    breakdown.push(`| ${row.steps.toLocaleString('en')} | ${ms(work.exportMs)} | ${ms(work.analysisMs)} | ${ms(work.positionsMs)} | ${ms(work.jsonMs)} | ${ms(work.exportMs + work.analysisMs + work.positionsMs + work.jsonMs)} |`);
}
console.log('\nWhere the own time goes, in process and warm (medians of 5 CPU times after 2 warm-up runs; a cold process pays more, for compiling and for collecting garbage beside the AST):\n');
console.log('| steps | export model | analysis | hotspot positions | JSON text of the analysis | in all |');
console.log('|---|---|---|---|---|---|');
console.log(breakdown.join('\n'));
console.log('Target: the report\'s own time under 10% of `journey check`\'s, at 1,000 and 10,000 steps.');
