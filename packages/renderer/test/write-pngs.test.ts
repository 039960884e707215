import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { createMapRenderer } from '../src/index.js';
import { svgToPng } from '../src/png.js';
import { FIXTURES } from './fixtures/index.js';

// Writes PNGs of every fixture (light and dark) to /tmp/renderer-png for a person to look at.
describe('PNG output', () => {
    it('rasterises every example fixture in light and dark', async () => {
        mkdirSync('/tmp/renderer-png', { recursive: true });
        const r = createMapRenderer();
        for (const [name, model] of Object.entries(FIXTURES)) {
            for (const theme of ['light', 'dark'] as const) {
                const { svg } = await r.render(model, { theme });
                const png = await svgToPng(svg, { scale: 1.5 });
                expect(png[1]).toBe(0x50); // "PNG"
                writeFileSync(`/tmp/renderer-png/${name}-${theme}.png`, png);
                writeFileSync(`/tmp/renderer-png/${name}-${theme}.svg`, svg);
            }
        }
    });
});
