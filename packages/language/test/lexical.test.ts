import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createJourneyServices, type JourneyFile } from '../src/index.js';
import { codes } from '../src/testing/index.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<JourneyFile>(services);

async function parsed(text: string): Promise<JourneyFile> {
    const document = await parse(text);
    expect(document.parseResult.lexerErrors, text).toEqual([]);
    expect(document.parseResult.parserErrors.map(e => e.message), text).toEqual([]);
    return document.parseResult.value;
}

describe('identifiers', () => {
    it.each(['form', 'format', 'forward', 'stage2', 'end-user', 'first-visit', 'anna', 'анна', 'zażółć', 'ΑΘήνα', 'محمد', '_x', 'journeys', 'kindly', 'bye'])(
        'reads %s as one identifier, not a keyword and the rest', async name => {
            const root = await parsed(`persona ${name} "label"`);
            expect(root.declarations.map(d => d.name)).toEqual([name]);
        });

    it.each(['import', 'persona', 'step', 'for', 'end', 'moment-of-truth', 'blueprint', 'digital', 'by', 'at'])('reserves %s', async word => {
        expect(await codes(`persona ${word} "x"`)).toContain('syntax-error');
    });

    it('does not start an identifier with a digit or a dash', async () => {
        expect(await codes('persona 2anna')).toContain('syntax-error');
        expect(await codes('persona -anna')).toContain('syntax-error');
    });
});

describe('strings, numbers and comments', () => {
    it('reads escaped quotes and backslashes and any Unicode text', async () => {
        const root = await parsed(String.raw`persona anna "She said \"hi\" \\ back — ünïcödé 日本 😀"`);
        expect(root.declarations[0].label).toBe('She said "hi" \\ back — ünïcödé 日本 😀');
    });

    it('defaults a label to the id', async () => {
        expect((await parsed('persona anna')).declarations[0].label).toBeUndefined();
    });

    it('reads a share as a number directly followed by %, signed or decimal', async () => {
        const root = await parsed('journey j { for a stage s { step x { -> y 46% -> y 12.5% "l" -> y -5% for a, b -> y +0% } step y } }');
        const arrows = root.journeys[0].stages[0].steps[0].properties as Array<{ share?: number; label?: string; personas: Array<{ $refText: string }> }>;
        expect(arrows.map(arrow => arrow.share)).toEqual([46, 12.5, -5, 0]);
        expect(arrows[1].label).toBe('l');
        expect(arrows[2].personas.map(p => p.$refText)).toEqual(['a', 'b']);
    });

    it('reads the scales of pains and opportunities in either order, and a baseline', async () => {
        const root = await parsed('journey j { baseline old for a stage s { step x { pain "p" severity 3 opportunity "o" effort 2 impact 4 opportunity "q" } } }');
        expect(root.journeys[0].baselines.map(b => b.$refText)).toEqual(['old']);
        const [pain, first, second] = root.journeys[0].stages[0].steps[0].properties as unknown as Array<Record<string, unknown>>;
        expect(pain).toMatchObject({ $type: 'Pain', text: 'p', severities: [3] });
        expect(first).toMatchObject({ $type: 'Opportunity', text: 'o', impacts: [4], efforts: [2] });
        expect(second).toMatchObject({ $type: 'Opportunity', text: 'q', impacts: [], efforts: [] });
    });

    it('reads signed and decimal numbers', async () => {
        const root = await parsed('metric m { target >= -4.25 actual +3 }');
        const metric = root.declarations[0] as { targets: Array<{ op: string; value: number }>; actuals: number[] };
        expect(metric.targets[0]).toMatchObject({ op: '>=', value: -4.25 });
        expect(metric.actuals).toEqual([3]);
    });

    it('skips line and block comments anywhere whitespace may stand', async () => {
        const root = await parsed('// a comment\npersona /* inline */ anna /* multi\nline */ "A" { // trailing\n need "x" }');
        expect(root.declarations[0]).toMatchObject({ name: 'anna', label: 'A', needs: ['x'] });
    });

    it('accepts every declaration with and without braces and label', async () => {
        const root = await parsed(`persona a
persona b "B" { }
channel c { physical }
team t
team u "U" { }
touchpoint p { via c owner t indirect }
metric m "M" { unit "%" target < 1 actual 0 }`);
        expect(root.declarations.map(d => `${d.$type}:${d.name}`)).toEqual(['Persona:a', 'Persona:b', 'Channel:c', 'Team:t', 'Team:u', 'Touchpoint:p', 'Metric:m']);
    });

    it('accepts every step property in any order', async () => {
        const root = await parsed(`journey j "J" { kind blueprint goal "g" for a
  stage s "S" { step x "X" {
    end -> y "l" evidence "e" support "s" backstage "b" frontstage "f" moment-of-truth owner t metric m, n
    opportunity "o" pain "p" thinks "t" need "n" emotion a -2 "w" emotion 1 via c, d at p, q by a, b
  } step y }
}`);
        expect(root.journeys[0].stages[0].steps[0].properties).toHaveLength(18);
    });
});
