import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../bench/generate-journey.js';
import { generatedMapOptions } from '../bench/generate-options-arbitrary.js';
import { buildWorkspace } from '../src/testing/index.js';

/*
 * The benchmarks time generated maps against their targets and against other tools, so the maps
 * must be ones a user would write: every step on some persona's path, every arrow to a step its
 * personas act in. Warnings would tell of a map nobody writes (and put their own cost in the figures).
 */
describe('the maps the benchmarks generate', () => {
    it('have no diagnostic at 1,000 steps, rework loops with shares included', async () => {
        const { files } = generateWorkspace({ steps: 1_000 });
        expect(files['map.journey']).toContain('20% "again"');
        const workspace = await buildWorkspace(files);
        expect(workspace.summary('map.journey')).toEqual([]);
    });

    it('have no warning or error for any size, personas, stages and declarations imported or not', async () => {
        await fc.assert(fc.asyncProperty(generatedMapOptions(120), async options => {
            const workspace = await buildWorkspace(generateWorkspace(options).files);
            expect(workspace.summary('map.journey').filter(line => !line.startsWith('hint'))).toEqual([]);
        }), { numRuns: 40 });
    });
});
