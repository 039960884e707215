import { describe, expect, it } from 'vitest';
import {
    clampScale, constrainView, firstView, fitView, KEEP_IN_VIEW, MAX_SCALE, MIN_SCALE, pan, READABLE_SCALE, type Rect,
    revealRect, screenToContent, type Size, type View, wheelFactor, zoomAbout, zoomAt, ZOOM_STEP
} from '../src/zoom-math.js';

/** The bank example's map and the preview beside an editor at 1440×900 with the explorer open. */
const BANK: Size = { width: 2256, height: 1242 };
const PANE: Size = { width: 570, height: 800 };

function onScreen(view: View, r: Rect): Rect {
    return { x: r.x * view.scale + view.x, y: r.y * view.scale + view.y, width: r.width * view.scale, height: r.height * view.scale };
}

/** How much of the viewport (per axis) the map covers. */
function covered(view: View, content: Size, viewport: Size): { x: number; y: number } {
    const s = onScreen(view, { x: 0, y: 0, ...content });
    const overlap = (a: number, len: number, room: number) => Math.max(0, Math.min(a + len, room) - Math.max(a, 0));
    return { x: overlap(s.x, s.width, viewport.width), y: overlap(s.y, s.height, viewport.height) };
}

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

    it('opens a large map at a readable zoom at its top-left corner (title and first stage), a small one fitted', () => {
        const big = firstView(BANK, PANE);
        expect(fitView(BANK.width, BANK.height, PANE.width, PANE.height).scale).toBeLessThan(0.25);
        expect(big).toEqual({ scale: READABLE_SCALE, x: 16, y: 16 });
        expect(READABLE_SCALE * 13).toBeGreaterThanOrEqual(10); // card labels are 13 px
        const small = firstView({ width: 500, height: 400 }, PANE);
        expect(small).toEqual(fitView(500, 400, PANE.width, PANE.height));
        expect(small.scale).toBe(1);
    });

    it('pans', () => {
        expect(pan({ scale: 2, x: 1, y: 2 }, 10, -5)).toEqual({ scale: 2, x: 11, y: -3 });
    });

    it('keeps a map pushed out of the viewport covering a quarter of it, and a small map whole', () => {
        const inView = { scale: 1, x: -300, y: -100 };
        expect(constrainView(inView, BANK, PANE)).toBe(inView);
        const above = constrainView({ scale: 1, x: 0, y: -1212 }, BANK, PANE);
        expect(covered(above, BANK, PANE).y).toBeCloseTo(PANE.height * KEEP_IN_VIEW);
        const right = constrainView({ scale: 1, x: 5000, y: 0 }, BANK, PANE);
        expect(covered(right, BANK, PANE).x).toBeCloseTo(PANE.width * KEEP_IN_VIEW);
        const small = { width: 100, height: 80 };
        const gone = constrainView({ scale: 1, x: -400, y: 2000 }, small, PANE);
        expect(covered(gone, small, PANE)).toEqual({ x: 100, y: 80 });
    });

    it('100 % after Fit keeps the map in view, about its centre (it went to y −1212…30 with the viewport at 32)', () => {
        const fit = fitView(BANK.width, BANK.height, PANE.width, PANE.height);
        const actual = zoomAbout(fit, 1 / fit.scale, BANK, PANE);
        expect(actual.scale).toBe(1);
        const c = covered(actual, BANK, PANE);
        expect(c.x).toBe(PANE.width);
        expect(c.y).toBeGreaterThanOrEqual(PANE.height * 0.9);
        // The map's centre, in the middle of what Fit showed, stays where it was on screen.
        const centre = onScreen(fit, { x: BANK.width / 2, y: BANK.height / 2, width: 0, height: 0 });
        const after = onScreen(actual, { x: BANK.width / 2, y: BANK.height / 2, width: 0, height: 0 });
        expect(after.x).toBeCloseTo(centre.x);
        expect(after.y).toBeCloseTo(centre.y);
    });

    it('+ pressed again and again stays on the map instead of drifting into empty space', () => {
        let v = fitView(BANK.width, BANK.height, PANE.width, PANE.height);
        for (let i = 0; i < 16; i++) {
            v = zoomAbout(v, ZOOM_STEP, BANK, PANE);
            const c = covered(v, BANK, PANE);
            expect(c.x).toBeGreaterThanOrEqual(Math.min(BANK.width * v.scale, PANE.width * KEEP_IN_VIEW) - 1e-6);
            expect(c.y).toBeGreaterThanOrEqual(Math.min(BANK.height * v.scale, PANE.height * KEEP_IN_VIEW) - 1e-6);
        }
        expect(v.scale).toBeGreaterThan(3);
    });

    it('zooms a map that fills the viewport about the viewport\'s centre', () => {
        const v = { scale: 1, x: -200, y: -100 };
        const next = zoomAbout(v, 2, BANK, PANE);
        const cx = PANE.width / 2;
        const cy = PANE.height / 2;
        expect((cx - v.x) / v.scale * next.scale + next.x).toBeCloseTo(cx);
        expect((cy - v.y) / v.scale * next.scale + next.y).toBeCloseTo(cy);
    });

    it('zooms a map beside the viewport about its nearest point, then brings it back into view', () => {
        const v = { scale: 0.5, x: 700, y: 100 };
        const next = zoomAbout(v, 2, BANK, PANE);
        expect(covered(next, BANK, PANE).x).toBeGreaterThanOrEqual(PANE.width * KEEP_IN_VIEW);
    });

    it('turns a client rectangle back into content coordinates', () => {
        const v = { scale: 2.5, x: -40, y: 12 };
        const r = { x: 320, y: 140, width: 180, height: 64 };
        const back = onScreen(v, screenToContent(v, r));
        expect(back.x).toBeCloseTo(r.x);
        expect(back.y).toBeCloseTo(r.y);
        expect(back.width).toBeCloseTo(r.width);
        expect(back.height).toBeCloseTo(r.height);
    });

    it('reveals a rectangle only when it is not fully inside the viewport with the margin', () => {
        const v = { scale: 1, x: 0, y: 0 };
        expect(revealRect(v, { x: 100, y: 100, width: 50, height: 50 }, 500, 500)).toBe(v);
        const right = revealRect(v, { x: 900, y: 100, width: 50, height: 50 }, 500, 500, 20);
        expect(950 + right.x).toBe(480);
        expect(right.y).toBe(0);
    });

    it('reveals a card at 108 % whole, with the margin on both sides, where it was cut off', () => {
        const card = { x: 1400, y: 260, width: 180, height: 64 };
        const v = { scale: 1.08, x: -1100, y: 0 };
        const s0 = onScreen(v, card);
        expect(s0.x + s0.width).toBeGreaterThan(PANE.width); // cut off on the right
        const s = onScreen(revealRect(v, card, PANE.width, PANE.height, 24), card);
        expect(s.x).toBeGreaterThanOrEqual(24);
        expect(s.x + s.width).toBeCloseTo(PANE.width - 24);
        const leftCut = onScreen(revealRect({ scale: 1.08, x: -1550, y: 0 }, card, PANE.width, PANE.height, 24), card);
        expect(leftCut.x).toBeCloseTo(24);
    });

    it('reveals a card at 211 % vertically too: one above the viewport comes down into it', () => {
        const card = { x: 400, y: 200, width: 180, height: 64 };
        const v = { scale: 2.11, x: -600, y: -900 };
        expect(onScreen(v, card).y + onScreen(v, card).height).toBeLessThan(0);
        const s = onScreen(revealRect(v, card, PANE.width, PANE.height, 24), card);
        expect(s.y).toBeCloseTo(24);
        expect(s.x).toBeGreaterThanOrEqual(24);
        expect(s.x + s.width).toBeLessThanOrEqual(PANE.width - 24);
        const below = onScreen(revealRect({ scale: 2.11, x: -600, y: 400 }, card, PANE.width, PANE.height, 24), card);
        expect(below.y + below.height).toBeCloseTo(PANE.height - 24);
    });

    it('shows the left edge of a card wider than the viewport, and centres one that barely fits', () => {
        const card = { x: 100, y: 100, width: 180, height: 64 };
        const huge = onScreen(revealRect({ scale: 8, x: 0, y: 0 }, card, PANE.width, PANE.height, 24), card);
        expect(huge.width).toBeGreaterThan(PANE.width);
        expect(huge.x).toBeCloseTo(0);
        expect(huge.y + huge.height).toBeCloseTo(PANE.height - 24); // its height fits: whole, with the margin
        const tight = onScreen(revealRect({ scale: 3.1, x: 0, y: 0 }, card, PANE.width, PANE.height, 24), card);
        expect(tight.x).toBeCloseTo((PANE.width - tight.width) / 2);
    });

    it('turns wheel deltas into bounded zoom factors', () => {
        expect(wheelFactor(-100, 0)).toBeGreaterThan(1);
        expect(wheelFactor(100, 0)).toBeLessThan(1);
        expect(wheelFactor(100_000, 0)).toBeCloseTo(wheelFactor(100, 0));
        expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-48, 0));
    });
});
