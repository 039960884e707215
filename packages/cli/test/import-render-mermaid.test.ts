import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/index.js';
import { parseWithMermaid } from './mermaid/mermaid-own-parser.js';

const repo = join(import.meta.dirname, '../../..');
const examples = join(repo, 'examples');
const fixtures = join(import.meta.dirname, 'mermaid/fixtures');
const require = createRequire(import.meta.url);

function workdir(files: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'journey-import-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
    return dir;
}

async function run(argv: string[], cwd: string) {
    let out = '';
    let err = '';
    const io: CliIo = { cwd, out: t => { out += t; }, outBytes: () => undefined, err: t => { err += t; }, stdoutIsTerminal: false, ownsProcess: false };
    const code = await main(argv, io);
    return { code, out, err };
}

describe('journey import mermaid', () => {
    it('writes a Mermaid file as a .journey file beside it, which checks without errors', async () => {
        const dir = workdir({ 'day.mmd': readFileSync(join(fixtures, 'edge-cases.mmd'), 'utf8') });
        const { code, err } = await run(['import', 'mermaid', 'day.mmd'], dir);
        expect(code).toBe(0);
        const lines = err.split('\n');
        expect(lines[0]).toBe('Wrote day.journey (from day.mmd: 2 stages, 11 steps, 6 personas)');
        expect(lines[1]).toBe("  note: line 13: task 'E task' names an empty actor: left out, so the step is for every persona.");
        expect(lines.at(-2)).toBe('Imported 1 journey diagram from 1 file.');
        const text = readFileSync(join(dir, 'day.journey'), 'utf8');
        expect(text.split('\n')[0]).toBe('// Imported from Mermaid: day.mmd.');
        const check = await run(['check', 'day.journey'], dir);
        expect(check.code).toBe(0);
        expect(check.err).toMatch(/^1 file checked: 0 errors, 0 warnings, \d+ hints\.\n$/);
    });

    it("imports every journey fence of a Markdown file, each to its own file, and counts the other diagrams", async () => {
        const dir = workdir({ 'notes.md': readFileSync(join(fixtures, 'notes.md'), 'utf8') });
        const { code, err } = await run(['import', 'mermaid', 'notes.md', '-o', 'maps'], dir);
        expect(code).toBe(0);
        expect(err).toBe([
            'Wrote maps/notes-1.journey (from notes.md:6: 1 stage, 2 steps, 2 personas)',
            'Wrote maps/notes-2.journey (from notes.md:35: 1 stage, 1 step, 1 persona)',
            'Imported 2 journey diagrams from 1 file; skipped 2 other Mermaid diagrams (flowchart 1, sequenceDiagram 1).',
            ''
        ].join('\n'));
        expect(readdirSync(join(dir, 'maps')).sort()).toEqual(['notes-1.journey', 'notes-2.journey']);
        expect(readFileSync(join(dir, 'maps/notes-1.journey'), 'utf8')).toContain('// Imported from Mermaid: notes.md, line 6.\n\npersona anna "Anna"\npersona marek "Marek"\n\njourney interview-one "Interview one" {');
        const check = await run(['check', 'maps'], dir);
        expect(check.code).toBe(0);
    });

    it("imports the journey of Mermaid's own README and skips its other diagrams", async () => {
        const dir = workdir();
        copyFileSync(require.resolve('mermaid/README.md'), join(dir, 'README.md'));
        const { code, err } = await run(['import', 'mermaid', 'README.md'], dir);
        expect(code).toBe(0);
        expect(err).toMatch(/^Wrote README\.journey \(from README\.md:\d+: 2 stages, 5 steps, 2 personas\)\n/);
        expect(err).toMatch(/Imported 1 journey diagram from 1 file; skipped \d+ other Mermaid diagrams \(.*flowchart \d.*sequenceDiagram \d.*\)\.\n$/);
        const render = await run(['render', 'README.journey', '--format', 'json'], dir);
        const model = JSON.parse(render.out);
        expect(model.journey).toMatchObject({ id: 'my-working-day', title: 'My working day', personas: ['me', 'cat'] });
    });

    it('mirrors the folders of a DIR under OUT', async () => {
        const dir = workdir({
            'docs/a.mmd': readFileSync(join(fixtures, 'working-day.mmd'), 'utf8'),
            'docs/zh/b.mermaid': readFileSync(join(fixtures, 'zh-working-day.mmd'), 'utf8'),
            'docs/flow.mmd': 'flowchart LR\n  A --> B\n',
            'docs/node_modules/c.mmd': 'journey\n  section S\n    T: 1: Me\n'
        });
        const { code, err } = await run(['import', 'mermaid', 'docs', '-o', 'out'], dir);
        expect(code).toBe(0);
        expect(err).toContain('Imported 2 journey diagrams from 3 files; skipped 1 other Mermaid diagram (flowchart 1).');
        expect(existsSync(join(dir, 'out/a.journey'))).toBe(true);
        expect(existsSync(join(dir, 'out/zh/b.journey'))).toBe(true);
        expect(existsSync(join(dir, 'out/c.journey'))).toBe(false);
    });

    it('says so and exits 1 when there is no journey diagram, and 2 for a wrong call', async () => {
        const dir = workdir({ 'flow.mmd': 'flowchart LR\n  A --> B\n', 'notes.md': readFileSync(join(fixtures, 'notes.md'), 'utf8') });
        expect(await run(['import', 'mermaid', 'flow.mmd'], dir)).toMatchObject({ code: 1, err: expect.stringContaining("No Mermaid journey diagram in flow.mmd: a diagram to import starts with 'journey'.") });
        expect(await run(['import', 'mermaid', 'notes.md', '-o', 'one.journey'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('-o one.journey names one file, but there are 2 journey diagrams') });
        expect(await run(['import', 'csv', 'flow.mmd'], dir)).toMatchObject({ code: 2, err: expect.stringContaining("import takes 'mermaid'") });
        expect(await run(['import', 'mermaid'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('import mermaid takes one FILE or DIR') });
        expect(await run(['import', 'mermaid', 'flow.mmd', '--format', 'svg'], dir)).toMatchObject({ code: 2, err: expect.stringContaining("'import' takes no --format or --theme") });
        expect(await run(['import', 'mermaid', 'missing.mmd'], dir)).toMatchObject({ code: 2, err: 'journey: missing.mmd: no such file or folder\n' });
    });
});

describe('journey render --format mermaid', () => {
    it('writes the Mermaid diagram and names on one stderr line what Mermaid cannot show', async () => {
        const { code, out, err } = await run(['render', 'bank-onboarding.journey', '--format', 'mermaid'], examples);
        expect(code).toBe(0);
        expect(out).toMatch(/^journey\n {2}title Open a current account\n {2}accDescr \{\n/);
        expect(parseWithMermaid(out).tasks).toHaveLength(8);
        expect(err.split('\n')).toHaveLength(2);
        expect(err).toMatch(/^bank-onboarding\.journey: Mermaid's journey diagram cannot show \d+ arrows?, .*\d+ pains, .*\d+ metrics.*: left out\.\n$/);
    });

    it('writes nothing to stderr for a map Mermaid shows whole, and takes the format from -o FILE.mmd', async () => {
        const dir = workdir({ 'day.mmd': readFileSync(join(fixtures, 'working-day.mmd'), 'utf8') });
        await run(['import', 'mermaid', 'day.mmd', '-o', 'day.journey'], dir);
        const { code, err } = await run(['render', 'day.journey', '-o', 'again.mmd'], dir);
        expect(code).toBe(0);
        expect(err).toBe('Wrote again.mmd\n');
        expect(parseWithMermaid(readFileSync(join(dir, 'again.mmd'), 'utf8')).tasks).toEqual(parseWithMermaid(readFileSync(join(fixtures, 'working-day.mmd'), 'utf8')).tasks);
    });
});

describe('journey render of a Markdown file', () => {
    const markdown = [
        '# Notes', '', '```journey', 'import "people.journey"', 'journey j "J" {', '  for anna', '  stage s "S" { step a "A" { via web emotion 2 } }', '}', '```', '',
        'Text between.', '', '```journey', 'persona anna "Anna"', 'journey k "K" {', '  for anna', '  stage s "S" { step b "B" { by ana } }', '}', '```', ''
    ].join('\n');

    it('renders each ```journey fence into OUTDIR, imports resolved beside the Markdown file', async () => {
        const dir = workdir({ 'docs/notes.md': markdown.replace('by ana', 'by anna'), 'docs/people.journey': 'persona anna "Anna"\nchannel web "Web"\n' });
        const { code, err } = await run(['render', 'docs/notes.md', '-o', 'maps'], dir);
        expect(err).toBe('Wrote maps/notes-1.svg (the fence on line 3)\nWrote maps/notes-2.svg (the fence on line 13)\n');
        expect(code).toBe(0);
        expect(readFileSync(join(dir, 'maps/notes-1.svg'), 'utf8')).toMatch(/^<svg[\s\S]*data-ref="step:a"/);
        expect((await run(['render', 'docs/notes.md', '-o', 'maps', '--format', 'mermaid'], dir)).code).toBe(0);
        expect(parseWithMermaid(readFileSync(join(dir, 'maps/notes-2.mmd'), 'utf8')).tasks).toEqual([{ section: 'S', task: 'B', score: 3, people: ['Anna'] }]);
    });

    it("reports a fence's errors at the Markdown file's lines and renders the others", async () => {
        const dir = workdir({ 'notes.md': markdown, 'people.journey': 'persona anna "Anna"\nchannel web "Web"\n' });
        const { code, err } = await run(['render', 'notes.md', '-o', 'maps'], dir);
        expect(code).toBe(1);
        expect(err).toBe([
            'Wrote maps/notes-1.svg (the fence on line 3)',
            "notes.md:17:33: error unknown-reference: Unknown persona 'ana'.",
            'notes.md:13: the fence is not rendered: fix the error above first.',
            ''
        ].join('\n'));
        expect(await run(['render', 'notes.md'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('rendering a Markdown file needs -o OUTDIR') });
    });
});
