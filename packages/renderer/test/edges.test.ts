import type { JourneyModel } from '@journey-maps/model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMapRenderer } from '../src/index.js';
import { THEMES } from '../src/theme.css.js';
import { escapeRef } from './check-map.js';
import { example, FIXTURES } from './fixtures/index.js';
import { launchChromium } from './overlap/measure-in-chromium.js';

const renderer = createMapRenderer();

describe('edges', () => {
    it('name who takes each arrow and who acts in each step, with the palette entries of those who take it', async () => {
        const model: JourneyModel = structuredClone(example('bank-onboarding'));
        const fill = model.stages.flatMap((s) => s.steps).find((s) => s.id === 'fill')!;
        fill.next = fill.next.map((n) => ({ ...n, personas: n.step === 'call' ? ['anna'] : n.personas }));
        const r = await renderer.render(model);
        expect(r.svg).toContain('data-ref="step:ask" data-stage="discover" data-actors="marek"');
        expect(r.svg).toContain('data-ref="step:welcome" data-stage="use" data-actors="anna marek"');
        expect(r.svg).toContain('<g class="jm-takes-p0" data-ref="edge:fill-&gt;call" data-actors="anna"');
        expect(r.svg).toMatch(/<g class="jm-takes-p1" data-ref="edge:ask-&gt;[a-z]+" data-actors="marek"/);
    });

    it('stay between the columns next to the ones they join, loops back too', async () => {
        for (const [name, model] of Object.entries(FIXTURES)) {
            const g = (await renderer.render(model)).geometry;
            const column = new Map(g.columns.map((c, i) => [c.stepId, i]));
            for (const e of g.edges) {
                const [first, last] = [column.get(e.from)!, column.get(e.to)!].sort((a, b) => a - b) as [number, number];
                const before = g.columns[first - 1];
                const after = g.columns[last + 1];
                for (const p of e.points) {
                    if (before) expect(p.x, `${name} ${e.from}->${e.to}`).toBeGreaterThanOrEqual(before.x + before.width);
                    if (after) expect(p.x, `${name} ${e.from}->${e.to}`).toBeLessThanOrEqual(after.x);
                }
            }
        }
    });

    it('write each label on its own line, which is left out under the label', async () => {
        for (const name of ['bank-onboarding', 'car-claim', 'bank-future']) {
            const r = await renderer.render(example(name));
            const labelled = r.geometry.edges.filter((e) => e.labelText);
            expect(labelled.length).toBeGreaterThan(0);
            for (const e of labelled) {
                expect(e.labelOnLine, `${name} ${e.from}->${e.to}`).toBe(true);
                const box = e.labelText!.container;
                const through = e.points.slice(1).some((b, k) => {
                    const a = e.points[k]!;
                    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
                    return a.y === b.y ? Math.abs(a.y - mid.y) < 0.01 && Math.min(a.x, b.x) <= box.x && Math.max(a.x, b.x) >= box.x + box.width
                        : Math.abs(a.x - mid.x) < 0.01 && Math.min(a.y, b.y) <= box.y && Math.max(a.y, b.y) >= box.y + box.height;
                });
                expect(through, `${name}: "${e.label}" is centred on a stretch of its edge`).toBe(true);
                const group = r.svg.slice(r.svg.indexOf(`data-ref="edge:${escapeRef(e.from)}-&gt;${escapeRef(e.to)}"`));
                const d = /<path class="jm-edge[^"]*" d="([^"]*)"/.exec(group)![1]!;
                expect(d.match(/M/g)!.length, `${name}: the line of "${e.label}" is cut`).toBeGreaterThanOrEqual(2);
            }
        }
    });
});

describe('edges in a persona’s colour, seen in Chromium', () => {
    let browser: Browser;
    let page: Page;
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

    beforeAll(async () => {
        browser = await launchChromium();
        page = await browser.newPage();
        const { svg } = await renderer.render(example('bank-onboarding'), { theme: 'light' });
        await page.setContent(`<!doctype html><html><body>${svg}</body></html>`);
    });
    afterAll(async () => browser?.close());

    const strokes = () => page.evaluate(() => Object.fromEntries(Array.from(document.querySelectorAll('[data-ref^="edge:"]')).map((g) =>
        [`${g.getAttribute('data-ref')} ${g.getAttribute('data-actors')}`, getComputedStyle(g.querySelector('path')!).stroke])));

    it('draws every edge in the edge colour while no persona is in focus', async () => {
        expect(new Set(Object.values(await strokes()))).toEqual(new Set([rgb(THEMES.light.edge!)]));
    });

    it('draws the edges a filtered persona takes in its colour, and only those', async () => {
        await page.evaluate(() => document.querySelector('svg.jm')!.classList.add('jm-focus-p1'));
        const seen = await strokes();
        await page.evaluate(() => document.querySelector('svg.jm')!.classList.remove('jm-focus-p1'));
        for (const [edge, stroke] of Object.entries(seen)) {
            expect(stroke, edge).toBe(edge.split(' ').slice(1).includes('marek') ? rgb(THEMES.light['persona-1']!) : rgb(THEMES.light.edge!));
        }
        expect(Object.keys(seen).some((e) => e.includes('marek'))).toBe(true);
    });

    it('draws them so while the pointer is on the persona’s card in the legend', async () => {
        await page.hover('[data-key="legend:anna"]');
        const seen = await strokes();
        for (const [edge, stroke] of Object.entries(seen)) {
            expect(stroke, edge).toBe(edge.split(' ').slice(1).includes('anna') ? rgb(THEMES.light['persona-0']!) : rgb(THEMES.light.edge!));
        }
    });
});
