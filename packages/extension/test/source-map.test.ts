import { describe, expect, it } from 'vitest';
import { contains, locationLabel, refAtPosition } from '../src/source-map.js';

const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

describe('source map lookups', () => {
    const map = {
        'journey:onboarding': r(5, 0, 80, 1),
        'stage:apply': r(28, 2, 70, 3),
        'step:fill': r(29, 4, 42, 5),
        'step:call': r(43, 4, 48, 5),
        'edge:fill->verify': r(39, 6, 39, 15),
        'persona:anna': r(2, 0, 6, 1)
    };

    it('contains is inclusive at both ends', () => {
        expect(contains(r(1, 2, 3, 4), { line: 1, character: 2 })).toBe(true);
        expect(contains(r(1, 2, 3, 4), { line: 3, character: 4 })).toBe(true);
        expect(contains(r(1, 2, 3, 4), { line: 1, character: 1 })).toBe(false);
        expect(contains(r(1, 2, 3, 4), { line: 3, character: 5 })).toBe(false);
    });

    it('prefers the step under the cursor over enclosing stages and inner edges', () => {
        expect(refAtPosition(map, { line: 30, character: 8 })).toBe('step:fill');
        expect(refAtPosition(map, { line: 39, character: 10 })).toBe('step:fill');
        expect(refAtPosition(map, { line: 45, character: 0 })).toBe('step:call');
    });

    it('falls back to the innermost other element, then to null', () => {
        expect(refAtPosition(map, { line: 72, character: 0 })).toBe('journey:onboarding');
        expect(refAtPosition(map, { line: 69, character: 0 })).toBe('stage:apply');
        expect(refAtPosition(map, { line: 90, character: 0 })).toBeNull();
    });

    it('labels locations 1-based with the file name', () => {
        expect(locationLabel('file:///w/bank%20people.journey', r(34, 9, 34, 12))).toBe('bank people.journey:35:10');
    });
});
