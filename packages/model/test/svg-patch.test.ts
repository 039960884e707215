import { describe, expect, it } from 'vitest';
import { applyPartChanges, diffSvgParts, joinSvgParts, markupChange, type PartChange, type SvgParts } from '../src/index.js';

const leaf = (key: string, svg = `<g data-key="${key}"/>`) => ({ key, svg });
const group = (key: string, parts: { key: string; svg: string }[], head = `<g data-key="${key}">`) => ({ key, head, parts, tail: '</g>' });
const map = (...parts: SvgParts['parts']): SvgParts => ({ head: '<svg>', parts, tail: '</svg>' });
// Unchanged parts, so that a few changes stay under the "change no more than a third" limit.
const rest = Array.from({ length: 20 }, (_, i) => leaf(`z${i}`));

describe('the changes between two drawings, by part key', () => {
    it('removes, replaces and inserts by key: removes first, inserts last, each before its next sibling', () => {
        const before = map(leaf('a'), group('g', [leaf('x'), leaf('y')]), leaf('b'), ...rest);
        const after = map(leaf('a', '<g data-key="a" class="new"/>'), group('g', [leaf('w'), leaf('x'), leaf('v')]), leaf('c'), leaf('b'), ...rest);
        expect(diffSvgParts(before, after)).toEqual([
            { op: 'remove', key: 'y' },
            { op: 'replace', part: leaf('a', '<g data-key="a" class="new"/>') },
            { op: 'insert', part: leaf('v'), parent: 'g', before: null },
            { op: 'insert', part: leaf('w'), parent: 'g', before: 'x' },
            { op: 'insert', part: leaf('c'), parent: null, before: 'b' }
        ]);
    });

    it('replaces a group whole, with its children, when they change order; the whole map when top-level parts do', () => {
        const before = map(group('g', [leaf('x'), leaf('y')]), leaf('b'), ...rest);
        const reordered = group('g', [leaf('y'), leaf('x')]);
        const ops = diffSvgParts(before, map(reordered, leaf('b'), ...rest))!;
        expect(ops).toEqual([{ op: 'replace', part: reordered }]);
        expect(markupChange(ops[0]!)).toEqual({ op: 'replace', key: 'g', svg: '<g data-key="g"><g data-key="y"/><g data-key="x"/></g>' });
        expect(diffSvgParts(before, map(leaf('b'), group('g', [leaf('x'), leaf('y')]), ...rest))).toBeUndefined();
    });

    it('gives the whole map when the root changed, keys repeat or more than a third of the parts changed', () => {
        expect(diffSvgParts(map(...rest), { ...map(...rest), head: '<svg width="2">' })).toBeUndefined();
        expect(diffSvgParts(map(leaf('a'), ...rest), map(leaf('a'), leaf('a'), ...rest))).toBeUndefined();
        const many = rest.map((p) => leaf(p.key, `<g data-key="${p.key}" class="x"/>`));
        expect(diffSvgParts(map(...rest), map(...many.slice(0, 6), ...rest.slice(6)))).toHaveLength(6);
        expect(diffSvgParts(map(...rest), map(...many.slice(0, 7), ...rest.slice(7)))).toBeUndefined();
    });

    it('finds no changes when nothing drawn changed', () => {
        expect(diffSvgParts(map(group('g', [leaf('x')]), ...rest), map(group('g', [leaf('x')]), ...rest))).toEqual([]);
    });
});

describe('applying the changes to the drawing one holds', () => {
    const cases: Array<[string, SvgParts, SvgParts]> = [
        ['a replaced leaf', map(leaf('a'), ...rest), map(leaf('a', '<g data-key="a" class="n"/>'), ...rest)],
        ['items removed and inserted in their groups', map(group('g', [leaf('x'), leaf('y')]), group('h', [leaf('u')]), ...rest),
            map(group('g', [leaf('w'), leaf('x')]), group('h', [leaf('u'), leaf('t')]), ...rest)],
        ['a group replaced whole, then changed item by item', map(group('g', [leaf('x'), leaf('y')]), ...rest), map(group('g', [leaf('y'), leaf('x')]), ...rest)],
        ['a new group and a removed one', map(leaf('a'), group('g', [leaf('x')]), ...rest), map(group('k', [leaf('q')]), leaf('a'), ...rest)]
    ];
    for (const [name, before, after] of cases) {
        it(`gives exactly the new drawing: ${name}`, () => {
            const changes = diffSvgParts(before, after)!;
            expect(changes.length).toBeGreaterThan(0);
            const applied = applyPartChanges(before, changes)!;
            expect(applied).toEqual(after);
            expect(joinSvgParts(applied)).toBe(joinSvgParts(after));
        });
    }

    it('keeps the drawing it started from as it was, and later changes still fit the result', () => {
        const before = map(group('g', [leaf('x'), leaf('y')]), ...rest);
        const copy = structuredClone(before);
        const middle = map(group('g', [leaf('y'), leaf('x')]), ...rest);
        const after = map(group('g', [leaf('y'), leaf('x', '<g data-key="x" class="n"/>'), leaf('v')]), ...rest);
        const once = applyPartChanges(before, diffSvgParts(before, middle)!)!;
        expect(before).toEqual(copy);
        expect(applyPartChanges(once, diffSvgParts(middle, after)!)).toEqual(after);
        expect(once).toEqual(middle);
    });

    it('refuses changes that do not fit: an unknown key, an insert beside a part of another group, a key it has already', () => {
        const held = map(group('g', [leaf('x')]), leaf('b'), ...rest);
        const misfits: PartChange[][] = [
            [{ op: 'remove', key: 'nope' }],
            [{ op: 'replace', part: leaf('nope') }],
            [{ op: 'insert', part: leaf('n'), parent: 'g', before: 'b' }],
            [{ op: 'insert', part: leaf('n'), parent: 'nope', before: null }],
            [{ op: 'insert', part: leaf('x'), parent: null, before: null }],
            [{ op: 'insert', part: group('k', [leaf('n')]), parent: 'g', before: null }]
        ];
        for (const changes of misfits) expect(applyPartChanges(held, changes), JSON.stringify(changes)).toBeUndefined();
    });
});
