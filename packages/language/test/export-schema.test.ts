import { JourneyInsightsSchema, JourneyModelSchema } from '@journey-maps/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../bench/generate-journey.js';
import { generatedMapOptions } from '../bench/generate-options-arbitrary.js';
import { analyzeJourney, baselineMap, mapOfDocument } from '../src/index.js';
import { buildWorkspace, readJourneys, type TestWorkspace } from '../src/testing/index.js';

/*
 * The exporter and the analysis do not parse what they return with their zod schemas (their
 * callers are in this process; see JourneyModelExporter). These properties are what keeps them and
 * the schemas together instead: every map without errors, written by hand, generated or cut down at
 * random, exports a model the schema accepts unchanged, and its analysis is what the insights
 * schema accepts. A field added on one side only, or a value out of its range, fails here.
 */

/** The model and insights of every file of the workspace whose map has no errors, by file name. */
function exported(workspace: TestWorkspace): Array<{ file: string; model: unknown; insights: unknown }> {
    return [...workspace.documents].flatMap(([file, document]) => {
        const map = mapOfDocument(document, workspace.services);
        if (map.status !== 'ok') {
            return [];
        }
        return [{ file, model: map.model, insights: analyzeJourney(map.model, baselineMap(document, map.model, workspace.services)?.model) }];
    });
}

function expectSchemasAccept(workspace: TestWorkspace): number {
    const all = exported(workspace);
    for (const { file, model, insights } of all) {
        expect(JourneyModelSchema.parse(model), file).toStrictEqual(model);
        expect(JourneyInsightsSchema.parse(insights), file).toStrictEqual(insights);
    }
    return all.length;
}

const examples = readJourneys();

describe('the exported model and the analysis match their schemas', () => {
    it('for every example with a journey and no errors, the baseline comparison included', async () => {
        const workspace = await buildWorkspace(examples);
        const files = exported(workspace).map(entry => entry.file);
        expect(files).toEqual(expect.arrayContaining(['bank-onboarding.journey', 'bank-future.journey', 'car-claim.journey', 'day-commuter.journey', 'sklep-pl.journey']));
        expect(expectSchemasAccept(workspace)).toBe(files.length);
    });

    it('for a generated map of 1,000 steps whose declarations are in an imported file', async () => {
        const workspace = await buildWorkspace(generateWorkspace({ steps: 1_000, sharedFiles: 1 }).files);
        expect(expectSchemasAccept(workspace)).toBe(1);
    });

    it('for generated maps of any size, personas and stages', async () => {
        const options = generatedMapOptions(80);
        await fc.assert(fc.asyncProperty(options, async generated => {
            expect(expectSchemasAccept(await buildWorkspace(generateWorkspace(generated).files))).toBe(1);
        }), { numRuns: 40 });
    });

    it('for the examples with lines cut out at random, whenever what is left has no errors', async () => {
        const names = Object.keys(examples).filter(name => name !== 'broken.journey');
        const cut = fc.record({
            name: fc.constantFrom(...names),
            lines: fc.uniqueArray(fc.nat({ max: 200 }), { minLength: 1, maxLength: 8 })
        });
        let checked = 0;
        await fc.assert(fc.asyncProperty(cut, async ({ name, lines }) => {
            const dropped = new Set(lines);
            const text = examples[name].split('\n').filter((_, i) => !dropped.has(i)).join('\n');
            checked += expectSchemasAccept(await buildWorkspace({ ...examples, [name]: text }));
        }), { numRuns: 60 });
        // Most cuts leave a valid map: the property is not satisfied by skipping every case.
        expect(checked).toBeGreaterThan(60);
    });
});
