import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadJourneyWorkspace } from '@journey-maps/language/node';
import { renderMapSvg } from '@journey-maps/renderer';
import { describe, expect, it } from 'vitest';
import { renderJourney } from '../src/index.js';

const examples = join(import.meta.dirname, '../../../examples');
const exampleUri = (name: string) => pathToFileURL(join(examples, name)).href;
const readExample = (uri: string) => {
    try {
        return readFileSync(new URL(uri), 'utf8');
    } catch {
        return undefined;
    }
};

const tea = `persona me "Me"
journey workday "My day" {
  for me
  stage morning "Morning" {
    step tea "Make tea" { via kitchen emotion 2 }
  }
}
channel kitchen "Kitchen"
`;

describe('renderJourney', () => {
    it('draws the same SVG as the CLI for a map with imports, reading the imports it is asked for', async () => {
        const asked: string[] = [];
        const text = readFileSync(join(examples, 'bank-onboarding.journey'), 'utf8');
        const result = await renderJourney(text, {
            uri: exampleUri('bank-onboarding.journey'),
            readImport: uri => { asked.push(uri); return readExample(uri); },
            theme: 'light'
        });
        const workspace = await loadJourneyWorkspace([join(examples, 'bank-onboarding.journey')]);
        const model = workspace.services.model.JourneyModelExporter.exportModel(workspace.requested[0]!)!;
        expect(asked).toEqual([exampleUri('bank-people.journey')]);
        expect(result.model).toEqual(model);
        expect(result.svg).toBe(await renderMapSvg(model, { theme: 'light' }));
        // The imported file's warning is listed under that file; the map is still drawn.
        expect(result.problems.filter(p => p.severity !== 'hint').map(p => [p.uri, p.code])).toEqual([[exampleUri('bank-people.journey'), 'metric-target-missed']]);
    });

    it('returns no map but every problem, with 0-based ranges, when the text has errors', async () => {
        const uri = exampleUri('broken.journey');
        const result = await renderJourney(readFileSync(join(examples, 'broken.journey'), 'utf8'), { uri });
        expect(result.svg).toBeUndefined();
        expect(result.model).toBeUndefined();
        expect(result.problems.map(p => `${p.severity} ${p.code} ${p.range.start.line + 1}`)).toEqual([
            'error emotion-range 17', 'error duplicate-name 19', 'error unknown-reference 20', 'error persona-not-in-journey 24', 'warning empty-stage 29'
        ]);
        expect(result.problems[2]).toEqual({
            message: "Unknown channel 'wbe'.", code: 'unknown-reference', severity: 'error', uri,
            range: { start: { line: 19, character: 10 }, end: { line: 19, character: 13 } }
        });
    });

    it('reports an import as missing when there is no readImport, or it has no such file', async () => {
        const text = `import "people.journey"\njourney j { for anna stage s { step a } }`;
        for (const options of [{}, { readImport: () => undefined }]) {
            const result = await renderJourney(text, options);
            expect(result.svg).toBeUndefined();
            expect(result.problems[0]).toMatchObject({ code: 'missing-import', severity: 'error', uri: 'memory:///journey.journey', range: { start: { line: 0, character: 7 } } });
        }
    });

    it('resolves imports relative to the uri and loads the imports of imports', async () => {
        const files: Record<string, string> = {
            'file:///docs/people/all.journey': 'import "teams.journey"\npersona anna "Anna"',
            'file:///docs/people/teams.journey': 'team sales "Sales"'
        };
        const asked: string[] = [];
        const result = await renderJourney('import "people/all.journey"\njourney j "J" { for anna stage s "S" { step a "A" { via web owner sales emotion 1 } } }\nchannel web',
            { uri: 'file:///docs/notes.md', readImport: uri => { asked.push(uri); return files[uri]; } });
        expect(asked).toEqual(['file:///docs/people/all.journey', 'file:///docs/people/teams.journey']);
        // 'sales' is not visible in the journey (imports are not transitive): the problem names the Markdown file.
        expect(result.problems).toHaveLength(1);
        expect(result.problems[0]).toMatchObject({ code: 'unknown-reference', uri: 'file:///docs/notes.md', message: "Unknown team 'sales'." });
    });

    it('blocks the map on an error in an imported file, and names that file', async () => {
        const result = await renderJourney('import "p.journey"\njourney j { for anna stage s { step a } }', {
            uri: 'file:///w/main.journey',
            readImport: () => 'persona anna "Anna" {'
        });
        expect(result.svg).toBeUndefined();
        expect(result.problems.filter(p => p.severity === 'error').map(p => [p.uri, p.code])).toEqual([['file:///w/p.journey', 'syntax-error']]);
    });

    it('says nothing and draws nothing for text that holds only declarations', async () => {
        const result = await renderJourney('persona anna "Anna"');
        expect(result).toEqual({ svg: undefined, model: undefined, problems: [expect.objectContaining({ code: 'unused-declaration', severity: 'hint' })] });
    });

    it('starts every call from an empty workspace, and keeps concurrent calls apart', async () => {
        const [first, second, third] = await Promise.all([
            renderJourney(tea, { theme: 'dark' }),
            renderJourney('journey other { for me stage s { step x } }'),
            renderJourney(tea.replace('Make tea', 'Make coffee'))
        ]);
        expect(first.svg).toMatch(/^<svg[^>]*class="jm jm-theme-dark/);
        expect(first.svg).toContain('Make tea');
        expect(second.problems.map(p => p.message)).toContain("Unknown persona 'me'.");
        expect(third.svg).toMatch(/class="jm jm-theme-auto/);
        expect(third.svg).toContain('Make coffee');
        expect(third.svg).not.toContain('Make tea');
    });

    it('drops a byte-order mark, and rejects what is not text or not an option', async () => {
        expect((await renderJourney(`\ufeff${tea}`)).svg).toContain('Make tea');
        await expect(renderJourney(42 as unknown as string)).rejects.toThrow(/text must be a string/);
        await expect(renderJourney(tea, { theme: 'neon' as 'dark' })).rejects.toThrow(TypeError);
        await expect(renderJourney(tea, { colour: 'red' } as object)).rejects.toThrow(TypeError);
        await expect(renderJourney('import "x.journey"', { readImport: () => 42 as unknown as string })).rejects.toThrow(/must return a string or undefined/);
        // The rejected call leaves nothing behind for the next one.
        expect((await renderJourney(tea)).svg).toContain('Make tea');
    });
});
