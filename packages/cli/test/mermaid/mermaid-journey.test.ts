import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownFences } from '../../src/markdown-fences.js';
import { mermaidDiagramType, parseMermaidJourney, type MermaidJourney } from '../../src/mermaid/mermaid-journey.js';
import { mermaidVersion, parseWithMermaid } from './mermaid-own-parser.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const require = createRequire(import.meta.url);
/** Mermaid's README, whose journey example is the documented one. */
const mermaidReadme = readFileSync(require.resolve('mermaid/README.md'), 'utf8');

/** Ours, in the shape of Mermaid's journey database (names as Mermaid keeps them, before the mapping). */
function asMermaidKeepsIt(diagram: MermaidJourney) {
    const tasks = diagram.sections.flatMap(section => section.tasks.map(task => ({ section: section.name, task: task.name, score: task.score, people: [...task.actors] })));
    return {
        title: diagram.title, accTitle: diagram.accTitle, accDescr: diagram.accDescr,
        sections: diagram.sections.filter(section => section.line > 0 && section.name !== '').map(section => section.name),
        tasks,
        actors: [...new Set(tasks.flatMap(task => task.people))].sort()
    };
}

describe("reading Mermaid's journey", () => {
    it(`reads what Mermaid ${mermaidVersion}'s own parser reads, field by field`, () => {
        const readmeJourney = markdownFences(mermaidReadme).find(fence => fence.language === 'mermaid' && mermaidDiagramType(fence.text) === 'journey')!.text;
        for (const text of [fixture('working-day.mmd'), fixture('zh-working-day.mmd'), readmeJourney, fixture('edge-cases.mmd')]) {
            const mermaid = parseWithMermaid(text);
            const ours = asMermaidKeepsIt(parseMermaidJourney(text));
            expect(ours.title).toBe(mermaid.title?.trim());
            expect(ours.accTitle).toBe(mermaid.accTitle);
            expect(ours.accDescr).toBe(mermaid.accDescr);
            expect(ours.sections).toEqual(mermaid.sections.map(s => s.trim()));
            expect(ours.tasks).toEqual(mermaid.tasks.map(t => ({ ...t, section: t.section.trim(), task: t.task.trim() })));
            expect(ours.actors).toEqual(mermaid.actors);
        }
    });

    it("reads the documented example: title, two sections, five tasks, scores and actors", () => {
        const diagram = parseMermaidJourney(fixture('working-day.mmd'));
        expect(diagram.title).toBe('My working day');
        expect(diagram.sections.map(s => [s.name, s.line, s.tasks.map(t => [t.name, t.score, t.actors, t.line])])).toEqual([
            ['Go to work', 3, [['Make tea', 5, ['Me'], 4], ['Go upstairs', 3, ['Me'], 5], ['Do work', 1, ['Me', 'Cat'], 6]]],
            ['Go home', 7, [['Go downstairs', 5, ['Me'], 8], ['Sit down', 5, ['Me'], 9]]]
        ]);
        expect(diagram.rejected).toEqual([]);
    });

    it('reads the edge cases of the grammar as Mermaid does', () => {
        const diagram = parseMermaidJourney(fixture('edge-cases.mmd'));
        const [arrive, zazolc] = diagram.sections;
        const task = (section: typeof arrive, name: string) => section!.tasks.find(t => t.name === name)!;
        expect(diagram.accTitle).toBe('Accessible title');
        // Multi-line accDescr { … }: the lines as written, the block trimmed.
        expect(diagram.accDescr).toBe('First line of the description\n    second line of it');
        expect(arrive!.name).toBe('Arrive<br>at the<BR/>desk');
        // A task without actors; a '#' comment after it.
        expect(task(arrive, 'Sign in')).toMatchObject({ scoreText: '4', score: 4, actors: [], line: 11 });
        expect(task(arrive, 'Wait for the badge').actors).toEqual(['Guard', 'Ana']);
        // `E task: 5:` names one empty actor.
        expect(task(arrive, 'E task')).toMatchObject({ score: 5, actors: [''] });
        // `3:Bob, Charlie` without spaces; entity codes drawn as their characters.
        expect(task(arrive, 'Fill "form"')).toMatchObject({ score: 3, actors: ['Bob', 'Charlie'] });
        expect(task(arrive, 'Ask the way')).toMatchObject({ score: 1, actors: ['Ana'], ignored: 'ignored text' });
        expect(zazolc!.name).toBe('Zażółć gęślą jaźń');
        expect(task(zazolc, 'Łukasz pays #42; done').actors).toEqual(['Łukasz Żółć', '张三']);
        expect(task(zazolc, 'Think').score).toBe(2.5);
        expect(task(zazolc, 'Stare')).toMatchObject({ scoreText: 'soon', score: NaN });
        expect(diagram.rejected).toEqual([]);
    });

    it('leaves out, line by line, what Mermaid rejects, and goes on', () => {
        const text = 'journey\n  section S\n    Journey planning: 3: Me\n    No score here\n    Pay; now: 2: Me\n    Fine: 4: Me\n';
        expect(() => parseWithMermaid(text)).toThrow(/Parse error/);
        const diagram = parseMermaidJourney(text, 10);
        expect(diagram.rejected).toEqual([
            { line: 12, text: 'Journey planning: 3: Me' },
            { line: 13, text: 'No score here' },
            { line: 14, text: 'Pay; now: 2: Me' }
        ]);
        expect(diagram.sections[0]!.tasks.map(t => [t.name, t.line])).toEqual([['Fine', 15]]);
    });

    it("takes the title from the front matter, and a diagram's type after directives and comments", () => {
        const text = '---\ntitle: "From the front matter"\n---\n%%{init: {}}%%\n%% a comment\njourney\n  section S\n    T: 3: Me\n';
        expect(mermaidDiagramType(text)).toBe('journey');
        expect(mermaidDiagramType('  flowchart LR\n  A --> B')).toBe('flowchart');
        const diagram = parseMermaidJourney(text);
        expect(diagram.title).toBe('From the front matter');
        expect(diagram.sections[0]!.tasks[0]!.line).toBe(8);
    });
});

describe('Markdown fences', () => {
    it('finds backtick and tilde fences with their language and lines, not indented code blocks', () => {
        const fences = markdownFences(fixture('notes.md'));
        expect(fences.map(f => [f.language, f.line, f.firstLine])).toEqual([
            ['mermaid', 5, 6], ['mermaid', 15, 16], ['mermaid', 20, 21], ['js', 30, 31], ['mermaid', 34, 35]
        ]);
        expect(fences[0]!.text).toBe('journey\n  title Interview one\n  section Find\n    Search the web: 3: Anna\n    Read reviews: 2: Anna, Marek\n');
    });

    it('ends an unclosed fence at the end of the file, and a fence only with one at least as long', () => {
        expect(markdownFences('````journey\n```\nstill inside\n````\nafter\n```journey\nlast')).toEqual([
            { language: 'journey', text: '```\nstill inside\n', line: 1, firstLine: 2 },
            { language: 'journey', text: 'last\n', line: 6, firstLine: 7 }
        ]);
    });
});
