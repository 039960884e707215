import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JourneyInsightsSchema } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { allSteps, analyzeJourney, isTransition, type Journey, baselineMap, createJourneyServices, stepNamePosition, stepsByName } from '../../src/index.js';
import { buildWorkspace } from '../../src/testing/index.js';

const examplesDir = join(import.meta.dirname, '../../../../examples');
// The examples that language 1.0 and 1.1 write alike; bank-onboarding gains severities and shares in 1.1.
const texts = Object.fromEntries(['car-claim.journey', 'day-commuter.journey', 'sklep-pl.journey']
    .filter(name => readdirSync(examplesDir).includes(name))
    .map(name => [name, readFileSync(join(examplesDir, name), 'utf8')]));

async function insightsOf(name: string) {
    const workspace = await buildWorkspace(texts);
    const document = workspace.documents.get(name)!;
    return { workspace, document, insights: workspace.services.analysis.JourneyInsights.insightsOf(document) };
}

describe('the insights of the examples', () => {
    it('car-claim: the disputed estimate is the top hotspot, a moment of truth at -3 with a pain', async () => {
        const { insights } = await insightsOf('car-claim.journey');
        expect(JourneyInsightsSchema.parse(insights)).toEqual(insights);
        expect(insights!.hotspots.map(h => [h.rank, h.step, h.score, h.reasons.map(r => r.kind)])).toEqual([
            [1, 'dispute', 9, ['emotion', 'pain', 'moment-of-truth']],
            [2, 'photos', 2, ['emotion', 'moment-of-truth']]
        ]);
        expect(insights!.opportunities).toEqual([
            { rank: 1, step: 'dispute', text: 'Offer an on-site inspection', value: 1, addresses: ['The estimate ignores the hidden damage'] }
        ]);
        expect(insights!.personas).toEqual([{ id: 'ola', average: -0.25, lowest: { step: 'dispute', value: -3 } }]);
    });

    it('day-commuter: buying the ticket hurts most, then waiting at the stop', async () => {
        const { insights } = await insightsOf('day-commuter.journey');
        expect(insights!.hotspots.map(h => [h.step, h.score])).toEqual([['buy', 5], ['wait', 1]]);
        expect(insights!.stages.map(s => [s.id, s.score, s.emotion])).toEqual([['morning', 6, { tomek: -0.67 }], ['evening', 0, { tomek: 2 }]]);
    });

    it('sklep-pl: a future-state map still has its hotspots, under its Polish names', async () => {
        const { insights } = await insightsOf('sklep-pl.journey');
        expect(insights).toMatchObject({ journey: 'zakup', kind: 'future' });
        expect(insights!.hotspots.map(h => [h.step, h.stage, h.score])).toEqual([['płatność', 'zakup', 4]]);
    });

    it('computes the insights once per workspace state', async () => {
        const { workspace, document, insights } = await insightsOf('car-claim.journey');
        expect(workspace.services.analysis.JourneyInsights.insightsOf(document)).toBe(insights);
    });

    it('has none for a map with errors, or a file without a journey', async () => {
        const workspace = await buildWorkspace({
            'broken.journey': 'persona p\njourney j { for p stage s { step a { emotion 5 } } }',
            'people.journey': 'persona q'
        });
        const provider = workspace.services.analysis.JourneyInsights;
        expect(provider.insightsOf(workspace.documents.get('broken.journey')!)).toBeUndefined();
        expect(provider.insightsOf(workspace.documents.get('people.journey')!)).toBeUndefined();
    });
});

describe('insights for requests that arrive while the workspace is built', () => {
    const text = 'persona p\nchannel web\njourney j { for p stage s { step a { via web emotion -1 } } }\n';

    it('waits until the document is validated', async () => {
        const services = createJourneyServices(EmptyFileSystem).Journey;
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///w/a.journey'));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        expect(services.analysis.JourneyInsights.insightsOf(document)).toBeUndefined();
        const pending = services.analysis.JourneyInsights.insightsWhenValidated(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect((await pending)?.hotspots.map(h => h.step)).toEqual(['a']);
    });

    it('gives none for a document that the build does not validate, instead of waiting for ever', async () => {
        const services = createJourneyServices(EmptyFileSystem).Journey;
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const skipped = LangiumDocumentFactory.fromString(text, URI.parse('file:///w/skipped.journey'));
        const checked = LangiumDocumentFactory.fromString(text, URI.parse('file:///w/checked.journey'));
        LangiumDocuments.addDocument(skipped);
        LangiumDocuments.addDocument(checked);
        await DocumentBuilder.build([skipped], { validation: false });
        await DocumentBuilder.build([checked], { validation: true });
        expect(await services.analysis.JourneyInsights.insightsWhenValidated(skipped)).toBeUndefined();
        expect(services.analysis.JourneyInsights.insightsOf(skipped)).toBeUndefined();
        expect(await services.analysis.JourneyInsights.insightsWhenValidated(checked)).toBeDefined();
    });
});

describe('where a step\'s name is written, for the step of that name', () => {
    const namedStepPosition = (journey: Journey, name: string) => {
        const step = stepsByName(journey).get(name);
        return step ? stepNamePosition(step) : undefined;
    };

    it('gives the 0-based position of a step\'s name, looked up by the step\'s id', async () => {
        const { workspace, document } = await insightsOf('car-claim.journey');
        const journey = workspace.services.model.JourneyModelExporter.journeyOf(document)!;
        const dispute = namedStepPosition(journey, 'dispute')!;
        expect(document.textDocument.getText({ start: dispute, end: { line: dispute.line, character: dispute.character + 7 } })).toBe('dispute');
        expect(namedStepPosition(journey, 'photos')).toEqual(stepNamePosition(allSteps(journey)[0]));
        expect(namedStepPosition(journey, 'nowhere')).toBeUndefined();
    });

    it('finds a name written after a comment on a later line, and the first of a duplicated name', async () => {
        const text = 'persona anna\njourney j {\n  for anna\n  stage s {\n    step /* the first */\n      first { emotion -1 }\n    step first "again"\n    step last\n  }\n}\n';
        const workspace = await buildWorkspace({ 'named.journey': text });
        const journey = workspace.services.model.JourneyModelExporter.journeyOf(workspace.documents.get('named.journey')!)!;
        expect(namedStepPosition(journey, 'first')).toEqual({ line: 5, character: 6 });
        expect(namedStepPosition(journey, 'last')).toEqual({ line: 7, character: 9 });
    });

    it('finds a step in a later stage, the step a `->` to its name goes to', async () => {
        const text = 'persona anna\njourney j {\n  for anna\n  stage a {\n    step start { -> finish }\n  }\n  stage b {\n    step finish\n  }\n}\n';
        const workspace = await buildWorkspace({ 'stages.journey': text });
        const journey = workspace.services.model.JourneyModelExporter.journeyOf(workspace.documents.get('stages.journey')!)!;
        const arrow = allSteps(journey)[0].properties.find(isTransition)!;
        expect(namedStepPosition(journey, 'finish')).toEqual({ line: 7, character: 9 });
        expect(stepNamePosition(arrow.target.ref!)).toEqual(namedStepPosition(journey, 'finish'));
    });
});

describe('a journey\'s baseline', () => {
    const people = 'persona anna\nchannel web\n';
    const today = 'import "people.journey"\njourney today { for anna stage s { step fill { via web emotion -2 } step done { via web emotion 1 } } }\n';

    it('is the exported model of the journey its baseline names, in an imported file', async () => {
        const workspace = await buildWorkspace({ 'people.journey': people, 'today.journey': today });
        const document = workspace.documents.get('today.journey')!;
        const model = workspace.services.model.JourneyModelExporter.exportModel(document)!;
        // Until the grammar reads `baseline`, the model says it: what the exporter of language 1.1 writes.
        const future = { ...model, journey: { ...model.journey, id: 'future', kind: 'future' as const, baseline: 'today' } };
        const importer = await buildWorkspace({ 'people.journey': people, 'today.journey': today, 'future.journey': 'import "people.journey"\nimport "today.journey"\n' });
        const baseline = baselineMap(importer.documents.get('future.journey')!, future, importer.services);
        expect(baseline?.model.journey.id).toBe('today');
        expect(baseline?.document.uri.path).toBe('/workspace/today.journey');
        expect(analyzeJourney(future, baseline!.model).comparison?.hotspots).toEqual({ resolved: [], new: [], scoreBefore: 2, scoreAfter: 2 });
        expect(baselineMap(importer.documents.get('future.journey')!, { ...future, journey: { ...future.journey, baseline: 'elsewhere' } }, importer.services)).toBeUndefined();
        expect(baselineMap(document, model, workspace.services)).toBeUndefined();
    });
});
