import { describe, expect, it } from 'vitest';
import { clampScale, fitView, MAX_SCALE, MIN_SCALE, pan, revealRect, wheelFactor, zoomAt } from '../src/zoom-math.js';

describe('zoom math', () => {
    it('zooming about a point keeps that content point under it', () => {
        const v = { scale: 1, x: 10, y: 20 };
        const next = zoomAt(v, 2, 110, 70);
        // content point under (110, 70) before: ((110-10)/1, (70-20)/1) = (100, 50)
        expect(next.scale).toBe(2);
        expect(100 * next.scale + next.x).toBeCloseTo(110);
        expect(50 * next.scale + next.y).toBeCloseTo(70);
    });

    it('clamps the scale', () => {
        expect(clampScale(100)).toBe(MAX_SCALE);
        expect(clampScale(0)).toBe(MIN_SCALE);
        expect(clampScale(Number.NaN)).toBe(1);
        expect(zoomAt({ scale: MAX_SCALE, x: 0, y: 0 }, 2, 50, 50)).toEqual({ scale: MAX_SCALE, x: 0, y: 0 });
    });

    it('fits wide content into the viewport, centred horizontally, top-aligned, never above 100 %', () => {
        const v = fitView(2000, 500, 1016, 800, 8);
        expect(v.scale).toBeCloseTo(0.5);
        expect(v.x).toBeCloseTo(8);
        expect(v.y).toBe(8);
        expect(fitView(100, 100, 1000, 1000).scale).toBe(1);
        expect(fitView(0, 0, 100, 100)).toEqual({ scale: 1, x: 16, y: 16 });
    });

    it('pans', () => {
        expect(pan({ scale: 2, x: 1, y: 2 }, 10, -5)).toEqual({ scale: 2, x: 11, y: -3 });
    });

    it('reveals a rectangle only when it is outside the viewport', () => {
        const v = { scale: 1, x: 0, y: 0 };
        expect(revealRect(v, { x: 100, y: 100, width: 50, height: 50 }, 500, 500)).toBe(v);
        const right = revealRect(v, { x: 900, y: 100, width: 50, height: 50 }, 500, 500, 20);
        expect(950 + right.x).toBe(480);
        const above = revealRect({ scale: 2, x: 0, y: -400 }, { x: 10, y: 10, width: 20, height: 20 }, 500, 500, 20);
        expect(10 * 2 + above.y).toBe(20);
    });

    it('turns wheel deltas into bounded zoom factors', () => {
        expect(wheelFactor(-100, 0)).toBeGreaterThan(1);
        expect(wheelFactor(100, 0)).toBeLessThan(1);
        expect(wheelFactor(100_000, 0)).toBeCloseTo(wheelFactor(100, 0));
        expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-48, 0));
    });
});
