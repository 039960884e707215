import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureText } from '../../src/text-measure.js';
import { launchChromium, measureSvg, openMeasuringPage } from './measure-in-chromium.js';
import type { DrawnDot, DrawnLine, DrawnText } from './overlap-geometry.js';

const svgOf = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" width="400" height="200"><style>.jm-edge { stroke-width: 1.5 } .jm-emo-line { stroke-width: 2.5 }</style>${body}</svg>`;

describe('measuring a map in Chromium', () => {
    let browser: Browser | undefined;
    let page: Page;
    beforeAll(async () => {
        browser = await launchChromium();
        page = await openMeasuringPage(browser);
    });
    afterAll(async () => {
        await browser?.close();
    });

    it('says how to install Chromium when it is missing', async () => {
        await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(/apt-get install -y chromium/);
    });

    it('measures a text in DejaVu Sans as the renderer does, one box per line', async () => {
        const drawn = await measureSvg(page, svgOf('<g data-ref="step:fill"><text x="10" y="40" font-family="\'DejaVu Sans\', Arial" font-size="20">'
            + '<tspan x="10" y="40">Fills in the</tspan><tspan x="10" y="64">application</tspan></text></g>'));
        const [text] = drawn as DrawnText[];
        expect(text).toMatchObject({ kind: 'text', id: 'step:fill', text: 'Fills in the application' });
        expect(text!.lines).toHaveLength(2);
        // The renderer's width table (less its 3 % margin) against Chromium's layout of the same font,
        // which kerns a little; a fallback font (Arial-like) would be about a tenth narrower.
        const table = measureText('Fills in the', 20) / 1.03;
        expect(text!.lines[0]!.width).toBeGreaterThan(table * 0.97);
        expect(text!.lines[0]!.width).toBeLessThanOrEqual(table);
        expect(text!.lines[0]!.x).toBeCloseTo(10, 1);
        // DejaVu Sans: ascent 0.928 em and descent 0.236 em around the baseline (Chromium rounds them to pixels).
        expect(Math.abs(text!.lines[1]!.y - (64 - 0.928 * 20))).toBeLessThan(1);
        expect(Math.abs(text!.lines[1]!.height - 1.164 * 20)).toBeLessThan(1);
    });

    it('names dots by ref, step and persona, and reads an edge with its arrowhead and an emotion curve', async () => {
        const drawn = await measureSvg(page, svgOf(
            '<g data-ref="step:fill" data-persona="anna"><circle cx="50" cy="60" r="5"/></g>'
            + '<g data-ref="persona:marek" data-step="sign" data-persona="marek"><circle cx="80" cy="60" r="6"/></g>'
            + '<g data-ref="edge:a-&gt;b"><path class="jm-edge" d="M10 100 L200 100 L200 150"/><polygon class="jm-arrow" points="200,150 196,142 204,142"/></g>'
            + '<path class="jm-emo-line" data-ref="persona:anna" data-persona="anna" d="M10 20 C 100 0, 200 40, 300 20"/>'
            + '<g data-lane="pains" display="none"><text x="1" y="1">hidden</text></g>'));
        const dots = drawn.filter((d): d is DrawnDot => d.kind === 'dot');
        expect(dots.map((d) => [d.id, d.cx, d.cy, d.r])).toEqual([['step:fill/anna', 50, 60, 5], ['persona:marek@sign', 80, 60, 6]]);
        const [edge] = drawn.filter((d): d is DrawnLine => d.kind === 'edge');
        expect(edge?.id).toBe('edge:a->b');
        expect(edge?.width).toBe(1.5);
        expect(edge?.polylines[0]).toEqual([{ x: 10, y: 100 }, { x: 200, y: 100 }, { x: 200, y: 150 }]);
        expect(edge?.polylines[1]).toHaveLength(4);
        // A curve is followed by points along it, from end to end.
        const [curve] = drawn.filter((d): d is DrawnLine => d.kind === 'curve');
        expect(curve?.id).toBe('persona:anna');
        expect(curve?.width).toBe(2.5);
        const points = curve!.polylines[0]!;
        expect(points.length).toBeGreaterThan(290);
        expect(points[0]).toEqual({ x: 10, y: 20 });
        expect(points.at(-1)!.x).toBeCloseTo(300, 3);
        expect(drawn.some((d) => d.kind === 'text')).toBe(false);
    });
});
