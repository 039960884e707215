import { describe, expect, it } from 'vitest';
import { THEMES } from '../src/index.js';
import { measureText } from '../src/text-measure.js';
import { MAX_PNG_PIXELS, PngTooLargeError, svgToPng } from '../src/png.js';
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
});
