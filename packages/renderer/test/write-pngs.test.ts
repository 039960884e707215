import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { createMapRenderer } from '../src/index.js';
import { svgToPng } from '../src/png.js';
import { FIXTURES } from './fixtures/index.js';

// Rasterises every fixture (light and dark) into a fresh temporary folder, named in the log, for a
// person to look at.
describe('PNG output', () => {
    it('rasterises every example fixture in light and dark', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-renderer-png-'));
        const r = createMapRenderer();
        for (const [name, model] of Object.entries(FIXTURES)) {
            for (const theme of ['light', 'dark'] as const) {
                const { svg } = await r.render(model, { theme });
                const png = await svgToPng(svg, { scale: 1.5 });
                expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
                writeFileSync(join(dir, `${name}-${theme}.png`), png);
                writeFileSync(join(dir, `${name}-${theme}.svg`), svg);
            }
        }
        console.log(`PNGs of the fixtures: ${dir}`);
    });
});
