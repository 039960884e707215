import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadJourneyWorkspace } from '@journey-maps/language/node';
import { createMapRenderer } from '@journey-maps/renderer';
import { describe, expect, it } from 'vitest';
import { checkMap } from '../../packages/renderer/test/check-map.js';

// One model, many views: the real export of each example goes through the same renderer the CLI
// and the preview use, and the drawn map must satisfy every geometry rule of the renderer's tests.
const examplesDir = join(import.meta.dirname, '../../examples');
const files = readdirSync(examplesDir).filter(name => name.endsWith('.journey')).map(name => join(examplesDir, name));

describe('every example journey, parsed and exported, draws a sound map', async () => {
    const workspace = await loadJourneyWorkspace(files);
    const exporter = workspace.services.model.JourneyModelExporter;
    const renderable = workspace.requested.filter(document => exporter.journeyOf(document) && !document.diagnostics?.some(d => d.severity === 1));
    const renderer = createMapRenderer();

    it('covers the examples that hold a valid journey', () => {
        expect(renderable.map(document => document.uri.path.split('/').pop()).sort())
            .toEqual(['bank-future.journey', 'bank-onboarding.journey', 'car-claim.journey', 'day-commuter.journey', 'sklep-pl.journey']);
    });

    it.each(renderable.map(document => [document.uri.path.split('/').pop()!, document] as const))('%s', async (_name, document) => {
        const model = exporter.exportModel(document)!;
        const rendered = await renderer.render(model);
        checkMap(model, rendered);
        for (const step of model.stages.flatMap(stage => stage.steps)) {
            expect(rendered.svg).toContain(`data-ref="step:${step.id}"`);
            for (const next of step.next) {
                expect(rendered.svg).toContain(`data-ref="edge:${step.id}-&gt;${next.step}"`);
            }
        }
    });
});
