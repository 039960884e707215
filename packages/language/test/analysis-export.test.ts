import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { JourneyModel } from '@journey-maps/model';
import type { LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../bench/generate-journey.js';
import { generatedMapOptions } from '../bench/generate-options-arbitrary.js';
import { analysisMapOfDocument, analyzeJourney, baselineMap, mapOfDocument, type AnalysisModel, type JourneyServices } from '../src/index.js';
import { buildWorkspace } from '../src/testing/index.js';

const examplesDir = join(import.meta.dirname, '../../../examples');
const texts = Object.fromEntries(readdirSync(examplesDir).filter(n => n.endsWith('.journey')).map(n => [n, readFileSync(join(examplesDir, n), 'utf8')]));

const analysedStepKeys = ['actors', 'emotions', 'end', 'id', 'label', 'metrics', 'momentOfTruth', 'next', 'opportunities', 'pains'];

/** The part of a whole model that the analysis reads, picked out of it here, independently of the exporter. */
function analysedPart(model: JourneyModel): AnalysisModel {
    return {
        journey: model.journey,
        metrics: model.metrics,
        stages: model.stages.map(stage => ({
            id: stage.id,
            label: stage.label,
            steps: stage.steps.map(step => Object.fromEntries(analysedStepKeys.map(key => [key, step[key as keyof typeof step]])) as AnalysisModel['stages'][number]['steps'][number])
        }))
    };
}

function bothExports(document: LangiumDocument, services: JourneyServices): { whole?: JourneyModel; analysis?: AnalysisModel } {
    const exporter = services.model.JourneyModelExporter;
    return { whole: exporter.exportModel(document), analysis: exporter.exportForAnalysis(document) };
}

describe('the export for the analysis', async () => {
    const workspace = await buildWorkspace(texts);
    const examples = [...workspace.documents.entries()];

    it('is, for every example, the whole model\'s journey, metrics and stages, each step cut to the fields the analysis reads', () => {
        let journeys = 0;
        for (const [name, document] of examples) {
            const { whole, analysis } = bothExports(document, workspace.services);
            expect(analysis === undefined, name).toBe(whole === undefined);
            if (whole) {
                expect(analysis, name).toEqual(analysedPart(whole));
                journeys++;
            }
        }
        expect(journeys).toBeGreaterThan(3);
    });

    it('leaves out what is only drawn: touchpoints, channels, owner, lanes and text lines', () => {
        const { analysis } = bothExports(workspace.documents.get('bank-onboarding.journey')!, workspace.services);
        const steps = analysis!.stages.flatMap(stage => stage.steps);
        expect(steps.length).toBeGreaterThan(5);
        for (const step of steps) {
            expect(Object.keys(step).sort()).toEqual(analysedStepKeys);
        }
        expect(Object.keys(analysis!).sort()).toEqual(['journey', 'metrics', 'stages']);
    });

    it('gives every example, baseline comparison included, the insights of its whole model', () => {
        let compared = 0;
        for (const [name, document] of examples) {
            const whole = mapOfDocument(document, workspace.services);
            const analysis = analysisMapOfDocument(document, workspace.services);
            expect(analysis.status, name).toBe(whole.status);
            if (whole.status === 'ok' && analysis.status === 'ok') {
                expect(analysis.warnings).toEqual(whole.warnings);
                const baseline = baselineMap(document, analysis.model, workspace.services);
                compared += baseline ? 1 : 0;
                const wholeBaseline = baseline && mapOfDocument(baseline.document, workspace.services);
                const expected = analyzeJourney(whole.model, wholeBaseline?.status === 'ok' ? wholeBaseline.model : undefined);
                expect(analyzeJourney(analysis.model, baseline?.model), name).toEqual(expected);
            }
        }
        expect(compared).toBeGreaterThan(0);
    });

    it('is stopped by the same errors as the whole model, and names them', async () => {
        const broken = await buildWorkspace({ 'broken.journey': 'journey j {\n  stage s {\n    step a { by nobody }\n  }\n}\n' });
        const document = broken.documents.get('broken.journey')!;
        const analysis = analysisMapOfDocument(document, broken.services);
        expect(analysis.status).toBe('errors');
        expect(analysis).toEqual(mapOfDocument(document, broken.services));
    });

    it('has nothing to export from a file of declarations only', () => {
        expect(analysisMapOfDocument(workspace.documents.get('bank-people.journey')!, workspace.services)).toEqual({ status: 'no-journey' });
    });

    it('matches the whole model on generated maps of any size, personas, stages and imports', async () => {
        await fc.assert(fc.asyncProperty(generatedMapOptions(80), async options => {
            const generated = await buildWorkspace(generateWorkspace(options).files);
            const { whole, analysis } = bothExports(generated.documents.get('map.journey')!, generated.services);
            expect(analysis).toEqual(analysedPart(whole!));
            expect(analyzeJourney(analysis!)).toEqual(analyzeJourney(whole!));
        }), { numRuns: 25 });
    });
});
