import { describe, expect, it } from 'vitest';
import { THEMES } from '../src/index.js';
import { measureText } from '../src/text-measure.js';
import { renderMapSvg } from '../src/index.js';
import { MAX_PNG_PIXELS, PngRasterError, PngTooLargeError, svgToPng } from '../src/png.js';
import { generateModel } from './fixtures/generate.js';
import { decodePng, inkBox } from './png-pixels.js';

const LINE = 'Journey maps find where it breaks';

/** One line of text on a plain map-like SVG (the renderer's root class, so the theme applies). */
function textSvg(attrs: string, width = 520): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" class="jm jm-theme-light" viewBox="0 0 ${width} 60" width="${width}" height="60"><style></style>`
        + `<text x="10" y="40" font-size="20" font-family="'DejaVu Sans', 'Segoe UI', Arial, sans-serif" ${attrs}>${LINE}</text></svg>`;
}

async function inkWidth(svg: string): Promise<number> {
    const box = inkBox(decodePng(await svgToPng(svg)));
    if (!box) throw new Error('nothing was drawn');
    return box.x1 - box.x0;
}

describe('PNG rasteriser', () => {
    it('sets text in DejaVu Sans: the ink is as wide as the renderer\'s width table says', async () => {
        // The table carries a 3 % safety margin; the ink lacks the outer side bearings. A fallback font (Arial-like) is narrower.
        const advance = measureText(LINE, 20) / 1.03;
        const width = await inkWidth(textSvg('fill="black"'));
        expect(width).toBeGreaterThan(advance * 0.97);
        expect(width).toBeLessThan(advance * 1.01);
    });

    it('sets bold and italic text in their own DejaVu faces', async () => {
        const regular = await inkWidth(textSvg('fill="black"'));
        const bold = await inkWidth(textSvg('fill="black" font-weight="bold"'));
        const boldAdvance = measureText(LINE, 20, true) / 1.03;
        expect(bold).toBeGreaterThan(boldAdvance * 0.97);
        expect(bold).toBeLessThan(boldAdvance * 1.01);
        const italic = decodePng(await svgToPng(textSvg('fill="black" font-style="italic"')));
        const upright = decodePng(await svgToPng(textSvg('fill="black"')));
        expect(Buffer.from(italic.rgba).equals(Buffer.from(upright.rgba))).toBe(false);
        expect(bold).toBeGreaterThan(regular);
    });

    it('draws at the scale asked for, on the theme\'s background', async () => {
        const svg = textSvg('fill="black"').replace('jm-theme-light', 'jm-theme-dark');
        const image = decodePng(await svgToPng(svg, { scale: 2 }));
        expect([image.width, image.height]).toEqual([1040, 120]);
        const bg = THEMES.dark.bg.match(/[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16));
        expect([...image.rgba.subarray(0, 3)]).toEqual(bg);
        const light = decodePng(await svgToPng(svg, { theme: 'light' }));
        expect([...light.rgba.subarray(0, 3)]).toEqual([255, 255, 255]);
    });

    it('refuses an image too large to hold, and says what to do', async () => {
        const side = Math.ceil(Math.sqrt(MAX_PNG_PIXELS));
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${side}" height="${side}"/>`;
        await expect(svgToPng(svg, { scale: 1.5 })).rejects.toThrow(PngTooLargeError);
        await expect(svgToPng(svg, { scale: 1.5 })).rejects.toThrow(/smaller scale, or as SVG/);
    });

    it('draws a cropped view of a 40-step map: the same pixels as that region of the whole map', async () => {
        // Edge-label backgrounds (opacity) wholly outside the view made resvg panic.
        const svg = await renderMapSvg(generateModel({ steps: 40, seed: 7 }));
        const [, , fullWidth] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [number, number, number, number];
        const view = { x: Math.round(fullWidth / 2), y: 600, width: 1077, height: 120 };
        const cropped = svg.replace(/viewBox="[^"]+" width="[^"]+" height="[^"]+"/, `viewBox="${view.x} ${view.y} ${view.width} ${view.height}" width="${view.width}" height="${view.height}"`);
        expect(cropped).not.toBe(svg);
        const part = decodePng(await svgToPng(cropped));
        expect([part.width, part.height]).toEqual([view.width, view.height]);
        const whole = decodePng(await svgToPng(svg));
        // Only anti-aliasing may differ (a dashed line's ends, by a few levels).
        let largest = 0;
        for (let row = 0; row < view.height; row++) {
            const from = ((view.y + row) * whole.width + view.x) * 4;
            const a = whole.rgba.subarray(from, from + view.width * 4);
            const b = part.rgba.subarray(row * view.width * 4, (row + 1) * view.width * 4);
            for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs((a[i] as number) - (b[i] as number)));
        }
        expect(largest).toBeLessThanOrEqual(8);
        expect(inkBox(part)).toBeDefined();
    }, 60_000);

    it('reports a panic inside resvg as a failure of the rasteriser that says what to do, and draws the next PNG', async () => {
        // A layer too far outside the image to widen the canvas for: resvg 2.6.2 still panics on it.
        const far = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100"><g opacity="0.5" transform="translate(1e9 1e9)"><rect width="10" height="10"/></g></svg>';
        const failure = await svgToPng(far).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(PngRasterError);
        expect((failure as Error).message).toMatch(/resvg.*export it as SVG/);
        expect((failure as Error).message).not.toMatch(/recursive use/);
        const after = decodePng(await svgToPng(textSvg('fill="black"')));
        expect(inkBox(after)).toBeDefined();
    });
});
