import { describe, expect, it } from 'vitest';
import { widenedCanvas } from '../src/raster-canvas.js';

const svg = (root: string) => `<svg xmlns="http://www.w3.org/2000/svg" ${root}><rect x="0" y="0" width="1000" height="200"/></svg>`;

describe('canvas for a cropped SVG', () => {
    it('leaves an SVG whose content lies on its image as it is', () => {
        expect(widenedCanvas(svg('viewBox="0 0 1000 200" width="1000" height="200"'), 1000, 200, { x: 0, y: 0, width: 1000, height: 200 })).toBeUndefined();
    });

    it('widens a cropped view to all of its content, and keeps the view\'s pixels as the crop', () => {
        const wide = widenedCanvas(svg('viewBox="400 50 100 50" width="100" height="50"'), 200, 100, { x: 0, y: 0, width: 1000, height: 200 })!;
        // Two pixels a unit; 4 pixels of margin beyond the content on each side it reaches past.
        expect(wide.crop).toEqual({ x: 804, y: 104, width: 200, height: 100 });
        expect([wide.width, wide.height]).toEqual([2008, 408]);
        expect(wide.svg).toMatch(/^<svg viewBox="-2 -2 1004 204" width="2008" height="408" preserveAspectRatio="none" xmlns=/);
    });

    it('follows a viewBox centred in an image of another shape (xMidYMid meet)', () => {
        // A 100 × 50 view in a 100 × 100 image: 25 pixels of the image above and below it.
        const wide = widenedCanvas(svg('viewBox="0 0 100 50" width="100" height="100"'), 100, 100, { x: 0, y: 0, width: 1000, height: 50 })!;
        expect(wide.crop).toEqual({ x: 0, y: 0, width: 100, height: 100 });
        expect([wide.width, wide.height]).toEqual([1004, 100]);
    });

    it('does not take on a viewBox it would place differently from resvg', () => {
        expect(widenedCanvas(svg('viewBox="400 50 100 50" preserveAspectRatio="xMinYMin slice"'), 100, 50, { x: 0, y: 0, width: 1000, height: 200 })).toBeUndefined();
    });
});
