import type { SvgParts } from '@journey-maps/model';
import { createMapRenderer } from '@journey-maps/renderer';
import { describe, expect, it } from 'vitest';
import { exportJourneys, readJourneys } from '../../renderer/test/fixtures/examples.js';
import { diffSvgParts } from '../src/map-diff.js';

const examples = readJourneys();
const original = examples['bank-onboarding.journey']!;

/** The drawing of bank-onboarding.journey after `edit`, drawn by one renderer as the server does. */
const renderer = createMapRenderer();
async function drawn(edit: (text: string) => string = (t) => t): Promise<SvgParts> {
    const edited = edit(original);
    const models = await exportJourneys({ ...examples, 'bank-onboarding.journey': edited });
    const model = models['bank-onboarding'];
    if (!model) throw new Error('the edited example no longer exports');
    return (await renderer.render(model)).parts;
}

const leaf = (key: string, svg = `<g data-key="${key}"/>`) => ({ key, svg });
const group = (key: string, parts: { key: string; svg: string }[], head = `<g data-key="${key}">`) => ({ key, head, parts, tail: '</g>' });
const map = (...parts: SvgParts['parts']): SvgParts => ({ head: '<svg>', parts, tail: '</svg>' });

describe('what the preview is sent after an edit, by comparing parts by key', () => {
    it('sends a step label edit as exactly one changed part: that step\'s card', async () => {
        const before = await drawn();
        const after = await drawn((t) => t.replace('"Calls the help line"', '"Calls the help desk"'));
        const ops = diffSvgParts(before, after)!;
        expect(ops).toHaveLength(1);
        expect(ops[0]).toMatchObject({ op: 'replace', key: 'step:call' });
        expect(ops[0]!.op === 'replace' && ops[0]!.svg).toContain('Calls the help desk');
    });

    it('sends a new lane item as one inserted part, in its lane, when the lane keeps its height', async () => {
        const before = await drawn();
        const after = await drawn((t) => t.replace('need "Someone to explain the fees"', 'need "Someone to explain the fees"\n      thinks "Will they rush me?"'));
        const ops = diffSvgParts(before, after)!;
        expect(ops).toEqual([expect.objectContaining({ op: 'insert', key: 'item:thinks:ask:0', parent: 'lane:thinks', before: null })]);
        expect(ops[0]!.op === 'insert' && ops[0]!.svg).toContain('Will they rush me?');
    });

    it('sends the whole map when a step is added: the flow and the map grow', async () => {
        const before = await drawn();
        const after = await drawn((t) => t.replace('  stage apply "Apply" {', '  stage apply "Apply" {\n    step compare "Compares two offers" {\n      by anna\n      at reviews\n      emotion 0\n    }'));
        expect(after.head).not.toBe(before.head);
        expect(diffSvgParts(before, after)).toBeUndefined();
    });

    it('sends nothing when nothing drawn changed', async () => {
        expect(diffSvgParts(await drawn(), await drawn((t) => t.replace('// expect: none', '// expect: none, still')))).toEqual([]);
    });

    it('sends the whole map when the root changed (size, title, theme)', async () => {
        const before = await drawn();
        const after = await drawn((t) => t.replace('"Open a current account"', '"Open a savings account"'));
        expect(diffSvgParts(before, after)).toBeUndefined();
    });

    // Unchanged parts, so that a few changes stay under the "patch no more than a third" limit.
    const rest = Array.from({ length: 20 }, (_, i) => leaf(`z${i}`));

    it('removes, replaces and inserts by key: removes first, inserts last, each before its next sibling', () => {
        const before = map(leaf('a'), group('g', [leaf('x'), leaf('y')]), leaf('b'), ...rest);
        const after = map(leaf('a', '<g data-key="a" class="new"/>'), group('g', [leaf('w'), leaf('x'), leaf('v')]), leaf('c'), leaf('b'), ...rest);
        expect(diffSvgParts(before, after)).toEqual([
            { op: 'remove', key: 'y' },
            { op: 'replace', key: 'a', svg: '<g data-key="a" class="new"/>' },
            { op: 'insert', key: 'v', svg: '<g data-key="v"/>', parent: 'g', before: null },
            { op: 'insert', key: 'w', svg: '<g data-key="w"/>', parent: 'g', before: 'x' },
            { op: 'insert', key: 'c', svg: '<g data-key="c"/>', parent: null, before: 'b' }
        ]);
    });

    it('replaces a group whole when its children change order, and sends the whole map when top-level parts do', () => {
        const before = map(group('g', [leaf('x'), leaf('y')]), leaf('b'), ...rest);
        expect(diffSvgParts(before, map(group('g', [leaf('y'), leaf('x')]), leaf('b'), ...rest))).toEqual([
            { op: 'replace', key: 'g', svg: '<g data-key="g"><g data-key="y"/><g data-key="x"/></g>' }
        ]);
        expect(diffSvgParts(before, map(leaf('b'), group('g', [leaf('x'), leaf('y')]), ...rest))).toBeUndefined();
    });

    it('sends the whole map when keys repeat or more than a third of the parts changed', () => {
        expect(diffSvgParts(map(leaf('a'), ...rest), map(leaf('a'), leaf('a'), ...rest))).toBeUndefined();
        const many = rest.map((p) => leaf(p.key, `<g data-key="${p.key}" class="x"/>`));
        expect(diffSvgParts(map(...rest), map(...many.slice(0, 6), ...rest.slice(6)))).toHaveLength(6);
        expect(diffSvgParts(map(...rest), map(...many.slice(0, 7), ...rest.slice(7)))).toBeUndefined();
    });
});
