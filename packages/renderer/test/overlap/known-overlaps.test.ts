import { describe, expect, it } from 'vitest';
import { compareWithKnown, countByKind, formatComparison, serialiseKnown, toKnown, type KnownOverlap } from './known-overlaps.js';
import type { DrawnLine, DrawnText, Overlap } from './overlap-geometry.js';

const label: DrawnText = { kind: 'text', id: 'edge:call->dispute', text: 'disagrees with the estimate', lines: [], edge: 'edge:call->dispute' };
const word: DrawnText = { kind: 'text', id: 'step:fill/anna', text: 'annoyed', lines: [] };
const edge: DrawnLine = { kind: 'edge', id: 'edge:call->repair', polylines: [], width: 1.5 };
const at = { x: 610.4, y: 255, width: 107, height: 12 };
const underEdge: Overlap = { kind: 'text-edge', text: label, other: edge, at, depth: 6.2 };
const textOnText: Overlap = { kind: 'text-text', text: word, other: label, at, depth: 3 };

describe('the list of known overlaps', () => {
    it('names the two things, not where they are', () => {
        expect(toKnown(underEdge)).toEqual({ kind: 'text-edge', text: 'edge:call->dispute "disagrees with the estimate"', other: 'edge edge:call->repair' });
        // Two texts are named in one order, whichever was found first.
        expect(toKnown(textOnText)).toEqual(toKnown({ ...textOnText, text: label, other: word }));
    });

    it('accepts what it lists, and reports what is new and what is fixed', () => {
        const listed = toKnown(underEdge);
        const gone: KnownOverlap = { kind: 'text-dot', text: 'step:x/p "calm"', other: 'dot step:x/q' };
        expect(compareWithKnown([underEdge], [listed])).toEqual({ added: [], fixed: [] });
        const c = compareWithKnown([underEdge, textOnText], [listed, gone]);
        expect(c.added).toEqual([textOnText]);
        expect(c.fixed).toEqual([gone]);
        const report = formatComparison('examples/car-claim', c);
        expect(report).toContain('examples/car-claim: 1 new overlap (fix the drawing; the list only shrinks):');
        expect(report).toContain('+ text-text: step:fill/anna "annoyed" × edge:call->dispute "disagrees with the estimate" at x 610, y 255 (107 × 12), 3.0 deep');
        expect(report).toContain('examples/car-claim: 1 overlap is fixed: remove it from known-overlaps.json:');
        expect(report).toContain('- text-dot: step:x/p "calm" × dot step:x/q');
        expect(formatComparison('m', { added: [], fixed: [] })).toBe('');
    });

    it('counts the same pair as often as it collides', () => {
        const listed = toKnown(underEdge);
        expect(compareWithKnown([underEdge, underEdge], [listed]).added).toHaveLength(1);
        expect(compareWithKnown([underEdge], [listed, listed]).fixed).toHaveLength(1);
    });

    it('counts overlaps by kind', () => {
        expect(countByKind([underEdge, textOnText, underEdge])).toEqual({ 'text-text': 1, 'text-dot': 0, 'text-edge': 2, 'text-curve': 0, 'label-nearer-other-edge': 0 });
    });

    it('writes the list sorted, one entry a line, without maps that have none', () => {
        const b: KnownOverlap = { kind: 'text-curve', text: 'b', other: 'curve persona:p' };
        const a: KnownOverlap = { kind: 'text-curve', text: 'a', other: 'curve persona:p' };
        expect(serialiseKnown({ z: [b, a], y: [] })).toBe(`{\n  "z": [\n    ${JSON.stringify(a)},\n    ${JSON.stringify(b)}\n  ]\n}\n`);
        expect(serialiseKnown({ y: [] })).toBe('{}\n');
        expect(JSON.parse(serialiseKnown({ z: [a] }))).toEqual({ z: [a] });
    });
});
