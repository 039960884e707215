import { describe, expect, it } from 'vitest';
import { distancePointBox, distanceSegmentBox, findOverlaps, type Box, type Drawn, type DrawnLine, type DrawnText } from './overlap-geometry.js';

const text = (id: string, ...lines: Box[]): DrawnText => ({ kind: 'text', id, text: id, lines });
const box = (x: number, y: number, width = 40, height = 12): Box => ({ x, y, width, height });
const edge = (id: string, ...points: [number, number][]): DrawnLine => ({ kind: 'edge', id, polylines: [points.map(([x, y]) => ({ x, y }))], width: 1.5 });
const kinds = (drawn: Drawn[]) => findOverlaps(drawn).map((o) => `${o.kind} ${o.text.id} ${o.other.id}`);

describe('overlap geometry', () => {
    it('measures a point\'s distance to a box, negative inside', () => {
        expect(distancePointBox({ x: 0, y: 0 }, box(3, 4))).toBe(5);
        expect(distancePointBox({ x: 20, y: 6 }, box(0, 0))).toBe(-6);
        expect(distancePointBox({ x: 50, y: 6 }, box(0, 0))).toBe(10);
    });

    it('measures a segment\'s distance to a box: apart, crossing, running inside', () => {
        expect(distanceSegmentBox({ x: 0, y: 20 }, { x: 100, y: 20 }, box(10, 0))).toBe(8);
        expect(distanceSegmentBox({ x: 0, y: 6 }, { x: 100, y: 6 }, box(10, 0))).toBe(-6);
        expect(distanceSegmentBox({ x: 30, y: -50 }, { x: 30, y: 50 }, box(10, 0))).toBe(-6);
        expect(distanceSegmentBox({ x: 0, y: 11 }, { x: 100, y: 11 }, box(10, 0))).toBe(-1);
        // A diagonal that passes a corner: the corner is the nearest point.
        expect(distanceSegmentBox({ x: 0, y: 10 }, { x: 10, y: 0 }, box(10, 10))).toBeCloseTo(Math.SQRT2 * 5);
    });

    it('finds text over text, and not text beside text or a text\'s own lines', () => {
        expect(kinds([text('a', box(0, 0)), text('b', box(30, 5))])).toEqual(['text-text a b']);
        expect(kinds([text('a', box(0, 0)), text('b', box(40.5, 0))])).toEqual([]);
        expect(kinds([text('a', box(0, 0), box(0, 11.5))])).toEqual([]);
        // Within the tolerance (1 unit) boxes only touch.
        expect(kinds([text('a', box(0, 0)), text('b', box(0, 11.2))])).toEqual([]);
        expect(kinds([text('a', box(0, 0)), text('b', box(0, 10.5))])).toEqual(['text-text a b']);
    });

    it('finds a dot on a text, and not one beside it', () => {
        expect(kinds([text('word', box(0, 0)), { kind: 'dot', id: 'dot', cx: 38, cy: 6, r: 5 }])).toEqual(['text-dot word dot']);
        expect(kinds([text('word', box(0, 0)), { kind: 'dot', id: 'dot', cx: 46, cy: 6, r: 5 }])).toEqual([]);
    });

    it('finds an edge or a curve through any line of a text, and not one that passes by', () => {
        const label = text('label', box(0, 0), box(0, 14));
        expect(kinds([label, edge('e', [-10, 20], [100, 20])])).toEqual(['text-edge label e']);
        expect(kinds([label, edge('e', [-10, 27], [100, 27])])).toEqual([]);
        expect(kinds([label, { ...edge('c', [20, -30], [20, 60]), kind: 'curve' }])).toEqual(['text-curve label c']);
        // An arrowhead drawn inside a text is found through its outline.
        expect(kinds([label, edge('arrow', [5, 3], [9, 5], [5, 7], [5, 3])])).toEqual(['text-edge label arrow']);
    });

    it('finds an edge label that is nearer to another edge than to its own', () => {
        const label: DrawnText = { ...text('label', box(0, 0)), edge: 'own' };
        const own = edge('own', [-10, -20], [100, -20]);
        expect(kinds([label, own, edge('other', [-10, 16], [100, 16])])).toEqual(['label-nearer-other-edge label other']);
        expect(kinds([label, own, edge('other', [-10, 40], [100, 40])])).toEqual([]);
        // Only a label's own edge is compared, and a curve is no edge.
        expect(kinds([label, { ...edge('curve', [-10, 16], [100, 16]), kind: 'curve' }, own])).toEqual([]);
    });

    it('reports how deep an overlap is and at which line', () => {
        const [o] = findOverlaps([text('a', box(0, 0), box(0, 14)), edge('e', [-10, 20], [100, 20])]);
        expect(o?.at).toEqual(box(0, 14));
        expect(o?.depth).toBeCloseTo(0.75 + 6);
    });
});
