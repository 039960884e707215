/**
 * The report's own time against `journey check` (issue 10): on a map as users write it (the
 * bank-onboarding example) and on generated maps of 1,000 and 10,000 steps, in the JSON form (every
 * hotspot, checked against the schema) and the text form (the command's default).
 * Run through `npm run bench`; prints a table.
 *
 * Each figure is the CPU time of a cold process, as a user starts the command. The report's own time
 * is measured inside a cold `journey report`: from the moment its file is read and checked (the
 * work it shares with `journey check`) to the moment its output is written. Measured as the
 * difference of two whole processes instead, it carries the noise of both checks (differences from
 * below zero to several hundred ms at 10,000 steps on this machine, for a figure of about 200 ms);
 * that difference is printed too, as a cross-check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeJourney, stepNamePosition, stepsByName } from '@journey-maps/language';
import { loadJourneyWorkspace } from '@journey-maps/language/node';
import { generateJourney } from '../../language/bench/generate-journey.js';
import { parseCliOptions } from '../src/cli-options.js';
import { loadReportInput, writeReport } from '../src/commands/report.js';
import type { CliIo } from '../src/io.js';

/** CPU time (user + system, every thread) of this process in ms: steadier than wall time on a shared machine. */
function cpuMs(): number {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
}

/*
 * `--own FORMAT FILE [--settle] [--compiler-on]`: this script as a cold `journey report`, through
 * the command's own code, that prints the CPU time of its own part (and the length of what it
 * wrote, so that nothing is skipped). The output is written to the null device, as a redirected
 * report writes it to a file. With `--settle` it first idles for a second after the check and
 * prints the CPU spent meanwhile: V8's helper threads finishing what the check left them (mostly
 * optimising compiles of its hot functions), which as run lands in the report's part. With
 * `--compiler-on` the report runs as inside another program, keeping V8's optimising compiler for
 * its last pass (last-pass.ts): what that choice saves.
 */
if (process.argv[2] === '--own') {
    const options = parseCliOptions(['report', process.argv[4], '--format', process.argv[3]]);
    if (options.command !== 'report') {
        throw new Error(`--own runs a report, not ${options.command}`);
    }
    const sink = openSync(devNull, 'w');
    let written = 0;
    const io: CliIo = {
        cwd: process.cwd(),
        out: text => { written += writeSync(sink, text); },
        outBytes: bytes => { written += writeSync(sink, bytes); },
        err: text => process.stderr.write(text),
        stdoutIsTerminal: false,
        ownsProcess: !process.argv.includes('--compiler-on')
    };
    const input = await loadReportInput(options, io);
    let leftover = 0;
    if (process.argv.includes('--settle')) {
        const idle = cpuMs();
        await new Promise(done => setTimeout(done, 1_000));
        leftover = cpuMs() - idle;
    }
    const started = cpuMs();
    const status = writeReport(input, options, io);
    process.stdout.write(`${cpuMs() - started} ${written} ${status} ${leftover}\n`);
    process.exit(0);
}

const repo = join(import.meta.dirname, '../../..');
const bin = join(repo, 'packages/cli/bin/journey.js');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const spread = (values: number[]): string => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
const percent = (part: number, whole: number): string => {
    const ratio = 100 * part / whole;
    return `${ratio.toFixed(1)} % ${ratio < 10 ? '(met)' : '(missed)'}`;
};

const dir = mkdtempSync(join(tmpdir(), 'journey-report-bench-'));
const preload = join(dir, 'cpu-at-exit.cjs');
writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\ncpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n");

/** CPU time of a whole cold `journey` process. */
function coldCommand(args: string[], flags: readonly string[]): number {
    const result = spawnSync(process.execPath, [...flags, '--require', preload, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const cpu = /cpu (\d+)/.exec(result.stderr)?.[1];
    if (result.status !== 0 || !cpu) {
        throw new Error(`journey ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    }
    return Number(cpu) / 1000;
}

/** The report's own CPU time in a cold process of this script (`--own`), and what the check left to V8's helper threads when settled first. */
function coldOwn(format: 'json' | 'text', file: string, flags: readonly string[], options: readonly ('--settle' | '--compiler-on')[] = []): { own: number; leftover: number } {
    const result = spawnSync(process.execPath, [...flags, process.argv[1], '--own', format, file, ...options], { encoding: 'utf8' });
    const [own, written, status, leftover] = result.stdout.trim().split(' ').map(Number);
    if (result.status !== 0 || status !== 0 || !(written > 0) || !Number.isFinite(own)) {
        throw new Error(`the report's own run failed (${result.status}, report status ${status}): ${result.stderr}`);
    }
    return { own, leftover };
}

/**
 * Where the own time goes once the code is warm (after two warm-up runs, medians of 5): the model
 * export, the analysis, the hotspots' name positions and the JSON text. What the language server
 * pays on an edit; a cold process pays several times that, for running each line for the first time.
 */
async function warmParts(file: string): Promise<{ exportMs: number; analysisMs: number; positionsMs: number; jsonMs: number; hotspots: number }> {
    const workspace = await loadJourneyWorkspace([file]);
    const document = workspace.requested[0];
    const exporter = workspace.services.model.JourneyModelExporter;
    const times = { exportMs: [] as number[], analysisMs: [] as number[], positionsMs: [] as number[], jsonMs: [] as number[] };
    let hotspots = 0;
    for (let run = 0; run < 7; run++) {
        let t = cpuMs();
        const model = exporter.exportForAnalysis(document)!;
        const exportMs = cpuMs() - t;
        t = cpuMs();
        const insights = analyzeJourney(model);
        hotspots = insights.hotspots.length;
        const analysisMs = cpuMs() - t;
        t = cpuMs();
        const steps = stepsByName(exporter.journeyOf(document)!);
        for (const hotspot of insights.hotspots) {
            stepNamePosition(steps.get(hotspot.step)!);
        }
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

// The example is read where it is: it imports its personas from bank-people.journey beside it.
const maps = [
    { name: 'bank-onboarding (example)', file: join(repo, 'examples/bank-onboarding.journey'), rounds: 9 },
    ...[1_000, 10_000].map(steps => {
        const file = join(dir, `map-${steps}.journey`);
        writeFileSync(file, generateJourney({ steps }));
        return { name: `generated, ${steps.toLocaleString('en')} steps`, file, rounds: steps > 1_000 ? 7 : 9 };
    })
];

console.log('\n## Report (issue 10): the report\'s own time against `journey check`\n');
console.log('CPU time of cold processes. `journey check FILE` whole; the report\'s own time measured inside a cold');
console.log('`journey report FILE` from the moment the file is read and checked (what both commands do) until its');
console.log('output is written: the model\'s export, the analysis, the hotspots\' positions and the output. Medians of');
console.log('alternated rounds (their range in brackets). The cross-check: a whole cold `journey report --format json`');
console.log('minus a whole cold `journey check` in the same round, median of those differences.');
console.log('Each map twice: as users run it, and with V8\'s helper threads off (`--single-threaded`), where the CPU of');
console.log('compiling and collecting garbage is billed to the part that causes it instead of to whichever part is');
console.log('running when a helper thread does that work (a check leaves some behind for the report\'s part).\n');
console.log('| map | node | hotspots | `journey check` | own time, `--format json` | / check | own time, text | / check | cross-check: report − check, json |');
console.log('|---|---|---|---|---|---|---|---|---|');
/**
 * A way of starting every process of a row; `settle` also measures the own time after the check's
 * helper threads have finished, and the own time with V8's optimising compiler left on.
 */
interface Mode {
    readonly name: string;
    readonly flags: readonly string[];
    readonly settle: boolean;
}

/** The rows of a map in one mode: `rounds` alternated rounds, every process started with the mode's flags. */
function measuredRows(map: { name: string; file: string; rounds: number }, mode: Mode, hotspots: number): { row: string; settled?: string } {
    const checks: number[] = [];
    const jsons: number[] = [];
    const texts: number[] = [];
    const differences: number[] = [];
    const settledJsons: number[] = [];
    const settledTexts: number[] = [];
    const leftovers: number[] = [];
    const compilerOnJsons: number[] = [];
    const compilerOnTexts: number[] = [];
    for (let round = 0; round < map.rounds; round++) {
        const check = coldCommand(['check', map.file], mode.flags);
        checks.push(check);
        jsons.push(coldOwn('json', map.file, mode.flags).own);
        texts.push(coldOwn('text', map.file, mode.flags).own);
        differences.push(coldCommand(['report', map.file, '--format', 'json'], mode.flags) - check);
        if (mode.settle) {
            const json = coldOwn('json', map.file, mode.flags, ['--settle']);
            settledJsons.push(json.own);
            leftovers.push(json.leftover);
            settledTexts.push(coldOwn('text', map.file, mode.flags, ['--settle']).own);
            compilerOnJsons.push(coldOwn('json', map.file, mode.flags, ['--compiler-on']).own);
            compilerOnTexts.push(coldOwn('text', map.file, mode.flags, ['--compiler-on']).own);
        }
    }
    const check = median(checks);
    const row = `| ${map.name} | ${mode.name} | ${hotspots} | ${ms(check)} (${spread(checks)}) | ${ms(median(jsons))} (${spread(jsons)}) | ${percent(median(jsons), check)} | ` +
        `${ms(median(texts))} (${spread(texts)}) | ${percent(median(texts), check)} | ${ms(median(differences))} (${spread(differences)}) |`;
    const settled = mode.settle
        ? `| ${map.name} | ${ms(median(leftovers))} (${spread(leftovers)}) | ${ms(median(settledJsons))} (${spread(settledJsons)}) | ${percent(median(settledJsons), check)} | ` +
            `${ms(median(settledTexts))} (${spread(settledTexts)}) | ${percent(median(settledTexts), check)} | ` +
            `${ms(median(compilerOnJsons))} (${spread(compilerOnJsons)}) | ${percent(median(compilerOnJsons), check)} | ` +
            `${ms(median(compilerOnTexts))} (${spread(compilerOnTexts)}) | ${percent(median(compilerOnTexts), check)} |`
        : undefined;
    return { row, settled };
}

const modes: Mode[] = [{ name: 'as run', flags: [], settle: true }, { name: '`--single-threaded`', flags: ['--single-threaded'], settle: false }];
const breakdown: string[] = [];
const settledRows: string[] = [];
for (const map of maps) {
    const work = await warmParts(map.file);
    breakdown.push(`| ${map.name} | ${ms(work.exportMs)} | ${ms(work.analysisMs)} | ${ms(work.positionsMs)} | ${ms(work.jsonMs)} | ${ms(work.exportMs + work.analysisMs + work.positionsMs + work.jsonMs)} |`);
    for (const mode of modes) {
        const { row, settled } = measuredRows(map, mode, work.hotspots);
        console.log(row);
        if (settled) {
            settledRows.push(settled);
        }
    }
}
console.log('\nAs run, but the report\'s part starts after a second of idling, once V8\'s helper threads have finished what');
console.log('the check left them (mostly its hot functions\' optimising compiles); the CPU they spent in that second is the');
console.log('first column. Against the same `journey check` median as above. The last columns: the own time as run, but');
console.log('with V8\'s optimising compiler left on for the report\'s last pass, as the command does inside another program');
console.log('(the tests): where they are higher than as run, turning it off (last-pass.ts) saves that much.\n');
console.log('| map | left by the check | own time, json, settled | / check | own time, text, settled | / check | json, compiler left on | / check | text, compiler left on | / check |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
console.log(settledRows.join('\n'));
console.log('\nThe same work warm, in process (medians of 5 CPU times after 2 warm-up runs), as the language server pays it on an edit:\n');
console.log('| map | export (the part analysed) | analysis | hotspot positions | JSON text of the analysis | in all |');
console.log('|---|---|---|---|---|---|');
console.log(breakdown.join('\n'));
console.log('\nTarget: the report\'s own time under 10 % of `journey check`\'s, at 1,000 and 10,000 steps.');
