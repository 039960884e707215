import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JourneyModelSchema } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../language/bench/generate-journey.js';
import { main, type CliIo } from '../src/index.js';

const repo = join(import.meta.dirname, '../../..');
const examples = join(repo, 'examples');

function workdir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'journey-cli-'));
    for (const name of readdirSync(examples)) {
        copyFileSync(join(examples, name), join(dir, name));
    }
    return dir;
}

async function run(argv: string[], cwd = examples) {
    let out = '';
    let err = '';
    const bytes: Uint8Array[] = [];
    const io: CliIo = { cwd, out: t => { out += t; }, outBytes: b => { bytes.push(b); }, err: t => { err += t; }, stdoutIsTerminal: false, ownsProcess: false };
    const code = await main(argv, io);
    return { code, out, err, bytes };
}

describe('journey check', () => {
    it('prints path:line:col: severity code: message and exits 1 when there are errors', async () => {
        const { code, out, err } = await run(['check', '.']);
        expect(code).toBe(1);
        expect(out.trim().split('\n')).toEqual([
            "bank-people.journey:35:10: warning metric-target-missed: Metric 'dropoff' misses its target: 41, target <= 20.",
            'broken.journey:17:15: error emotion-range: Emotion 5 is out of range: use a whole number from -3 to +3.',
            "broken.journey:19:10: error duplicate-name: Duplicate step 'look': step names are unique within a journey. Rename this one.",
            "broken.journey:20:11: error unknown-reference: Unknown channel 'wbe'.",
            "broken.journey:24:15: error persona-not-in-journey: Persona 'piotr' is not in this journey's 'for': add it there, or name another persona.",
            "broken.journey:29:9: warning empty-stage: Stage 'later' has no steps: add one or remove the stage.",
            "clinic-paths.journey:22:18: warning share-total: The shares of the arrows that 'jan' takes from this step add up to 110%: at most 100% of the customers here can go on.",
            "clinic-paths.journey:26:22: warning arrow-for-non-actor: Persona 'jan' does not act in step 'book-online', so this arrow leads it nowhere: add it to the step's 'by', or remove it from the arrow's 'for'.",
            "clinic-paths.journey:31:65: error scale-range: Impact 7 is out of range: use a whole number from 1 (small) to 5 (large).",
            "clinic-paths.journey:44:10: warning path-to-non-actor: jan's path goes to 'arrive', where jan does not act: add jan to its 'by', or write '-> arrive for ola'."
        ]);
        expect(err).toBe('8 files checked: 5 errors, 5 warnings, 0 hints.\n');
    });

    it('exits 0 when only warnings and hints remain, loading imports the paths do not name', async () => {
        const { code, out } = await run(['check', 'bank-onboarding.journey', 'car-claim.journey']);
        expect(code).toBe(0);
        expect(out).toBe('');
    });

    it('prints JSON with 1-based positions and paths relative to the current folder', async () => {
        const { code, out } = await run(['check', 'examples/broken.journey', '--format', 'json'], repo);
        expect(code).toBe(1);
        const diagnostics = JSON.parse(out);
        expect(diagnostics).toHaveLength(5);
        expect(diagnostics[2]).toEqual({
            file: join('examples', 'broken.journey'), line: 20, column: 11, endLine: 20, endColumn: 14,
            severity: 'error', code: 'unknown-reference', message: "Unknown channel 'wbe'."
        });
    });

    it('checks the current folder when no path is given', async () => {
        expect((await run(['check'])).code).toBe(1);
    });
});

describe('usage errors exit 2 with one line', () => {
    const dir = workdir();
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'latin1.journey'), Buffer.from([0x70, 0x65, 0x72, 0x73, 0x6f, 0x6e, 0x61, 0x20, 0xe9, 0x0a]));

    it.each([
        [['check', 'missing.journey'], 'missing.journey: no such file or folder'],
        [['check', 'empty'], 'empty: the folder holds no .journey files'],
        [['check', 'latin1.journey'], 'not UTF-8 text'],
        [['check', '--format', 'xml'], "--format takes 'text' or 'json'"],
        [['check', '--colour'], "unknown option '--colour'; a path that starts with '-' goes after '--', as in 'journey check -- --colour'"],
        [['render', 'a.journey', '-o'], '--output needs a value, as in --output map.svg'],
        [['render', 'a.journey', '--scale'], '--scale needs a value, as in --scale 2'],
        [['render', 'a.journey', '--scale', '-2'], "--scale is followed by '-2', which reads as an option; if it is --scale's value, write --scale=-2"],
        [['render', 'a.journey', '-o', '-map.svg'], "--output is followed by '-map.svg', which reads as an option; if it is --output's value, write --output=-map.svg"],
        [['render', 'a.journey', '--scale=-2'], '--scale takes a number from 0.5 to 4'],
        [['frobnicate'], "unknown command 'frobnicate'"],
        [['render', 'a.journey', 'b.journey'], 'render takes one FILE or DIR'],
        [['render', '.'], 'rendering a folder needs -o OUTDIR']
    ])('%j', async (argv, reason) => {
        const { code, err, out } = await run(argv, dir);
        expect(code).toBe(2);
        expect(out).toBe('');
        expect(err).toContain(reason);
        expect(err.trim().split('\n')).toHaveLength(1);
    });
});

describe('journey render', () => {
    it('writes the JSON model of a file, valid against the schema', async () => {
        const { code, out } = await run(['render', 'bank-onboarding.journey', '--format', 'json']);
        expect(code).toBe(0);
        const model = JourneyModelSchema.parse(JSON.parse(out));
        expect(model.journey.id).toBe('onboarding');
        expect(model.stages.flatMap(s => s.steps)).toHaveLength(8);
    });

    it('prints the errors and writes nothing when the file has errors', async () => {
        const dir = workdir();
        const { code, err } = await run(['render', 'broken.journey', '--format', 'json', '-o', 'broken.json'], dir);
        expect(code).toBe(1);
        expect(err).toContain("broken.journey:20:11: error unknown-reference: Unknown channel 'wbe'.");
        expect(existsSync(join(dir, 'broken.json'))).toBe(false);
    });

    it('refuses a file with no journey', async () => {
        const { code, err } = await run(['render', 'bank-people.journey']);
        expect(code).toBe(1);
        expect(err).toContain('no journey to render');
    });

    it('picks the format from the output extension and draws SVG', async () => {
        const dir = workdir();
        expect((await run(['render', 'car-claim.journey', '-o', 'claim.svg'], dir)).code).toBe(0);
        const svg = readFileSync(join(dir, 'claim.svg'), 'utf8');
        expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        for (const step of ['photos', 'call', 'dispute', 'repair']) {
            expect(svg).toContain(`data-ref="step:${step}"`);
        }
    });

    it('renders every journey of a folder into a folder, and fails for the broken one', async () => {
        const dir = workdir();
        const { code, err } = await run(['render', '.', '-o', 'out'], dir);
        expect(code).toBe(1);
        expect(readdirSync(join(dir, 'out')).sort()).toEqual(['bank-future.svg', 'bank-onboarding.svg', 'car-claim.svg', 'day-commuter.svg', 'sklep-pl.svg']);
        expect(err).toContain('broken.journey: not rendered');
        expect(err).toContain('clinic-paths.journey: not rendered');
    });

    it('rasterises PNG from the same SVG', async () => {
        const dir = workdir();
        expect((await run(['render', 'day-commuter.journey', '-o', 'day.png'], dir)).code).toBe(0);
        const png = readFileSync(join(dir, 'day.png'));
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png.length).toBeGreaterThan(10_000);
    });

    it('draws PNG at the --scale asked for, and refuses a scale out of range', async () => {
        const dir = workdir();
        const size = (file: string) => { const png = readFileSync(join(dir, file)); return [png.readUInt32BE(16), png.readUInt32BE(20)]; };
        expect((await run(['render', 'car-claim.journey', '-o', 'one.png'], dir)).code).toBe(0);
        expect((await run(['render', 'car-claim.journey', '-o', 'two.png', '--scale', '2'], dir)).code).toBe(0);
        const [w, h] = size('one.png');
        expect(size('two.png')).toEqual([w * 2, h * 2]);
        for (const bad of ['9', '0', 'big']) {
            const { code, err } = await run(['render', 'car-claim.journey', '-o', 'x.png', '--scale', bad], dir);
            expect(code).toBe(2);
            expect(err).toContain('--scale takes a number from 0.5 to 4');
        }
        expect((await run(['check', '--scale', '2'], dir)).code).toBe(2);
    });
});

describe('journey render --compare', () => {
    const baselineParts = (svg: string) => ({
        curves: (svg.match(/class="jm-baseline jm-emo-baseline/g) ?? []).length,
        removed: [...svg.matchAll(/class="jm-baseline jm-removed" data-ref="([^"]+)" data-removed="([^"]+)"/g)].map(m => `${m[1]} ${m[2]}`)
    });

    it('draws a future map alone by default, as the preview starts, with no baseline part', async () => {
        const { code, out, err } = await run(['render', 'bank-future.journey']);
        expect(code).toBe(0);
        expect(err).toBe('');
        expect(out).toContain('data-ref="step:verify"');
        expect(out).not.toContain('jm-baseline');
    });

    it('draws it against its baseline with --compare: dashed curves per persona and the removed step at its stage', async () => {
        const { code, out } = await run(['render', 'bank-future.journey', '--compare']);
        expect(code).toBe(0);
        expect(baselineParts(out)).toEqual({ curves: 2, removed: ['stage:apply abandon'] });
    });

    it('names the removed step by its label in the baseline, its id in the note\'s tooltip, as the preview does', async () => {
        const { out } = await run(['render', 'bank-future.journey', '--compare']);
        const note = /<g class="jm-baseline jm-removed"[^>]*>([\s\S]*?)<\/g>/.exec(out)?.[1] ?? '';
        expect(note).toContain('<title>Removed since the baseline: Leaves the form unfinished (abandon)</title>');
        expect(note).toContain('removed: Leaves the form unfinished');
        expect(note).not.toContain('removed: abandon');
    });

    it('says so and draws the map alone when the journey has no baseline', async () => {
        const { code, out, err } = await run(['render', 'car-claim.journey', '--compare']);
        expect(code).toBe(0);
        expect(err).toContain('car-claim.journey: --compare: the journey has no baseline to compare with; drawn alone.');
        expect(out).not.toContain('jm-baseline');
    });

    it.each([
        [['render', 'bank-future.journey', '--compare', '--format', 'json'], '--compare draws the comparison on the map: it takes svg or png, not json'],
        [['render', 'bank-future.journey', '--compare', '-o', 'x.mmd'], 'it takes svg or png, not mermaid'],
        [['check', '--compare'], "'check' takes no --compare: it is render's, to draw a map against its baseline"],
        [['report', 'bank-future.journey', '--compare'], "'report' takes no --compare"],
        [['diff', 'bank-onboarding.journey', 'bank-future.journey', '--compare'], "'diff' takes no --compare"],
        [['import', 'mermaid', 'x.mmd', '--compare'], "'import' takes no --compare"]
    ])('refuses %j with one line', async (argv, reason) => {
        const { code, err } = await run(argv, workdir());
        expect(code).toBe(2);
        expect(err).toContain(reason);
        expect(err.trim().split('\n')).toHaveLength(1);
    });
});

describe('the built command', () => {
    const bin = join(repo, 'packages/cli/bin/journey.js');
    it('runs as `journey` (built by `npm run build`) with --help, --version and check', async () => {
        const exec = promisify(execFile);
        const help = await exec(process.execPath, [bin, '--help']);
        expect(help.stdout).toContain('journey check [paths...]');
        const version = await exec(process.execPath, [bin, '--version']);
        expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version);
        const check = await exec(process.execPath, [bin, 'check', 'car-claim.journey', 'day-commuter.journey'], { cwd: examples });
        expect(check.stdout).toBe('');
        const failing = spawnSync(process.execPath, [bin, 'check', 'broken.journey'], { cwd: examples, encoding: 'utf8' });
        expect(failing.status).toBe(1);
        expect(failing.stdout).toContain("Unknown channel 'wbe'.");
    });

    it('reports and compares in a process of its own, its last pass without the optimising compiler, as it does in process', async () => {
        const dir = workdir();
        writeFileSync(join(dir, 'map.journey'), generateJourney({ steps: 1_000 }));
        for (const argv of [['report', 'map.journey', '--format', 'json'], ['report', 'map.journey', '--format', 'markdown'], ['diff', 'bank-onboarding.journey', 'bank-future.journey', '--format', 'json']]) {
            const own = spawnSync(process.execPath, [bin, ...argv], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
            expect(own.status).toBe(0);
            expect(own.stderr).toBe('');
            expect(own.stdout).toBe((await run(argv, dir)).out);
        }
    });

    it('rasterises PNG from the bundle, with the WebAssembly and fonts found from there', async () => {
        const dir = workdir();
        const result = spawnSync(process.execPath, [bin, 'render', 'car-claim.journey', '-o', 'claim.png', '--scale', '0.5'], { cwd: dir, encoding: 'utf8' });
        expect(result.stderr).toContain('Wrote claim.png');
        expect(result.status).toBe(0);
        expect([...readFileSync(join(dir, 'claim.png')).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    });
});
