import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { createMapRenderer } from '../src/index.js';
import { svgToPng } from '../src/png.js';
import { FIXTURES } from './fixtures/index.js';

// Writes PNGs of every fixture (light and dark) for a person to look at, into the repository's
// git-ignored test-results/ folder (beside the e2e screenshots), never to a fixed system path.
const out = join(import.meta.dirname, '../../../test-results/renderer-png');
describe('PNG output', () => {
    it('rasterises every example fixture in light and dark', async () => {
        mkdirSync(out, { recursive: true });
        const r = createMapRenderer();
        for (const [name, model] of Object.entries(FIXTURES)) {
            for (const theme of ['light', 'dark'] as const) {
                const { svg } = await r.render(model, { theme });
                const png = await svgToPng(svg, { scale: 1.5 });
                expect(png[1]).toBe(0x50); // "PNG"
                writeFileSync(join(out, `${name}-${theme}.png`), png);
                writeFileSync(join(out, `${name}-${theme}.svg`), svg);
            }
        }
    });
});
