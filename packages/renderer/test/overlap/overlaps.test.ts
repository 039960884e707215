import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMapRenderer } from '../../src/index.js';
import { compareWithKnown, countByKind, formatComparison, serialiseKnown, toKnown, type KnownOverlaps } from './known-overlaps.js';
import { launchChromium, measureSvg, openMeasuringPage } from './measure-in-chromium.js';
import { findOverlaps, OVERLAP_KINDS, type Overlap } from './overlap-geometry.js';
import { overlapMaps } from './overlap-maps.js';

// Every map is drawn, laid out by Chromium and checked for text over text, a dot or a line, and
// edge labels nearer to another edge than their own. The drawing still has some: they are listed
// in known-overlaps.json, and the test fails on any overlap not listed there and on any entry that
// is fixed, so the list only shrinks. After a drawing change, rewrite the list with
//   JOURNEY_UPDATE_OVERLAPS=1 npx vitest run packages/renderer/test/overlap/overlaps.test.ts
// and check in only a list that is shorter.

const KNOWN_FILE = join(import.meta.dirname, 'known-overlaps.json');
const UPDATE = process.env.JOURNEY_UPDATE_OVERLAPS === '1';

describe('no text overlaps other text, a dot or a line, measured in Chromium', async () => {
    const maps = await overlapMaps();
    const known = JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as KnownOverlaps;
    const found = new Map<string, Overlap[]>();
    let browser: Browser | undefined;
    let page: Page;

    beforeAll(async () => {
        browser = await launchChromium();
        page = await openMeasuringPage(browser);
    });

    afterAll(async () => {
        await browser?.close();
        if (found.size > 0) console.log(summary(found));
        if (UPDATE && found.size === maps.length) {
            writeFileSync(KNOWN_FILE, serialiseKnown(Object.fromEntries([...found].map(([name, o]) => [name, o.map(toKnown)]))));
        }
    });

    it('measures the examples, realistic multi-persona maps, fixtures and generated maps', () => {
        const names = maps.map((m) => m.name);
        for (const name of ['examples/bank-onboarding', 'examples/car-claim', 'examples/day-commuter', 'examples/sklep-pl',
            'maps/claim-three-personas', 'maps/sklep-six-personas', 'maps/clinic-two-paths', 'fixtures/scripts', 'generated/40-steps-6-personas']) {
            expect(names).toContain(name);
        }
    });

    it.each(maps)('$name has no overlap but those known-overlaps.json lists', async ({ name, model, layers }) => {
        const { svg } = await createMapRenderer().render(model, { theme: 'light', ...layers });
        const drawn = await measureSvg(page, svg);
        expect(drawn.filter((d) => d.kind === 'text').length).toBeGreaterThan(5);
        const overlaps = findOverlaps(drawn);
        found.set(name, overlaps);
        const report = formatComparison(name, compareWithKnown(overlaps, known[name] ?? []));
        if (!UPDATE) expect(report, `\n${report}\n`).toBe('');
    });

    it('lists no map that is not measured', () => {
        const measured = new Set(maps.map((m) => m.name));
        expect(Object.keys(known).filter((name) => !measured.has(name))).toEqual([]);
    });
});

/** Overlaps per map and kind, printed after the run: what the drawing still has to fix. */
function summary(found: Map<string, Overlap[]>): string {
    const width = Math.max(...[...found.keys()].map((n) => n.length));
    const header = `${'map'.padEnd(width)}  ${OVERLAP_KINDS.map((k) => k.padStart(k.length)).join('  ')}  total`;
    const rows = [...found].map(([name, overlaps]) => {
        const counts = countByKind(overlaps);
        return `${name.padEnd(width)}  ${OVERLAP_KINDS.map((k) => String(counts[k]).padStart(k.length)).join('  ')}  ${String(overlaps.length).padStart(5)}`;
    });
    return ['Overlaps measured in Chromium:', header, ...rows].join('\n');
}
