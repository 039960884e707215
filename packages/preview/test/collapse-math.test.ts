import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { collapser, columnCuts, elbowPath, mapPath, mapPoints, mergeIntervals, pathPoints } from '../src/collapse-math.js';
import { belongsTo } from '../src/filters.js';

/** Five 180 px columns 32 px apart from x = 190, as the renderer lays out a flow. */
const COLUMNS = [190, 402, 614, 826, 1038].map((x) => ({ x, width: 180 }));

describe('closing up a map', () => {
    it('merges overlapping and touching cuts and drops empty ones', () => {
        expect(mergeIntervals([{ start: 50, end: 60 }, { start: 10, end: 20 }, { start: 15, end: 30 }, { start: 30, end: 35 }, { start: 70, end: 70 }]))
            .toEqual([{ start: 10, end: 35 }, { start: 50, end: 60 }]);
    });

    it('moves what lies after a cut back by the cut, and what lies inside onto its start', () => {
        const f = collapser([{ start: 100, end: 150 }, { start: 300, end: 320 }]);
        expect(f(40)).toBe(40);
        expect(f(100)).toBe(100);
        expect(f(120)).toBe(100);
        expect(f(150)).toBe(100);
        expect(f(200)).toBe(150);
        expect(f(310)).toBe(250);
        expect(f(400)).toBe(330);
        expect(collapser([])(123)).toBe(123);
        const xs = [0, 90, 100, 101, 149, 150, 151, 299, 300, 321, 500];
        const mapped = xs.map(f);
        expect([...mapped].sort((a, b) => a - b)).toEqual(mapped);
    });

    it('cuts a hidden column with half of each gap beside it, so the columns left keep one gap between them', () => {
        const f = collapser(columnCuts(COLUMNS, [false, true, false, false, false], 16));
        expect(f(COLUMNS[0]!.x)).toBe(190);
        expect(f(COLUMNS[2]!.x) - (f(COLUMNS[0]!.x) + 180)).toBe(32);
        expect(f(COLUMNS[4]!.x) - f(COLUMNS[3]!.x)).toBe(212);
    });

    it('shrinks a stage whose every column is hidden to nothing, its band running halfway into the gaps', () => {
        const f = collapser(columnCuts(COLUMNS, [false, true, true, false, false], 16));
        const stage = { x0: (370 + 402) / 2, x1: (794 + 826) / 2 };
        expect(f(stage.x1) - f(stage.x0)).toBe(0);
        expect(f(COLUMNS[3]!.x) - (f(COLUMNS[0]!.x) + 180)).toBe(32);
        const first = collapser(columnCuts(COLUMNS, [true, false, false, false, false], 16));
        expect(first(COLUMNS[1]!.x)).toBe(190);
        expect(first(COLUMNS[0]!.x - 8)).toBe(182);
        const last = collapser(columnCuts(COLUMNS, [false, false, false, false, true], 16));
        expect(last(1038 + 180 + 8)).toBe(826 + 180 + 8);
    });

    it('maps the points of polylines and polygons', () => {
        const f = collapser([{ start: 100, end: 150 }]);
        const g = (y: number) => y + 1;
        expect(mapPath('M90 10 L200 10 L200 40.5', f, g)).toBe('M90 11 L150 11 L150 41.5');
        expect(mapPoints('200,10 192,6 192,14', f, g)).toBe('150,11 142,7 142,15');
    });
});

describe('arrows between columns that became neighbours', () => {
    it('read the points of a polyline and join two points with one elbow halfway', () => {
        expect(pathPoints('M370 216 L380 216 L380 180 L600 180 L600 210')).toEqual([
            { x: 370, y: 216 }, { x: 380, y: 216 }, { x: 380, y: 180 }, { x: 600, y: 180 }, { x: 600, y: 210 }
        ]);
        expect(elbowPath({ x: 370, y: 216 }, { x: 402, y: 210 })).toBe('M370 216 L386 216 L386 210 L402 210');
        expect(elbowPath({ x: 370, y: 216 }, { x: 402, y: 216.2 })).toBe('M370 216 L402 216.2');
    });
});

describe('whom an element belongs to', () => {
    const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">
        <g id="chip" data-persona="marek" data-step="welcome"/>
        <g id="card" data-ref="step:ask" data-actors="marek"/>
        <g id="both" data-ref="step:welcome" data-actors="anna marek"/>
        <g id="pain" data-ref="step:search" data-step="search"/>
        <rect id="band" data-ref="step:search"/>
        <g id="edge" data-ref="edge:fill-&gt;call" data-actors="anna"/>
        <g id="anyone" data-ref="edge:a-&gt;b" data-actors=""/>
    </svg>`, 'image/svg+xml');
    const el = (id: string) => Array.from(doc.getElementsByTagName('*')).find((e) => e.getAttribute('id') === id) as unknown as Element;
    const actors = new Map([['search', ['anna']], ['ask', ['marek']], ['welcome', ['anna', 'marek']]]);

    it('reads its own persona, its actors, or the actors of its step; nobody named means everyone', () => {
        expect(belongsTo(el('chip'), 'anna', actors)).toBe(false);
        expect(belongsTo(el('chip'), 'marek', actors)).toBe(true);
        expect(belongsTo(el('card'), 'anna', actors)).toBe(false);
        expect(belongsTo(el('both'), 'anna', actors)).toBe(true);
        expect(belongsTo(el('pain'), 'marek', actors)).toBe(false);
        expect(belongsTo(el('pain'), 'anna', actors)).toBe(true);
        expect(belongsTo(el('band'), 'marek', actors)).toBe(false);
        expect(belongsTo(el('edge'), 'marek', actors)).toBe(false);
        expect(belongsTo(el('anyone'), 'marek', actors)).toBe(true);
    });
});
