/**
 * NEEDS LANGUAGE 1.1 (severity, impact, effort, shares, `baseline`): enable at the merge with h2's
 * grammar by renaming this file to `bank-examples.test.ts`. It reads the spec's 1.1 examples from
 * `examples/` (bank-onboarding with severities and shares, bank-future with its baseline).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JourneyInsightsSchema } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { baselineMap, compareJourneys } from '../../src/index.js';
import { buildWorkspace } from '../../src/testing/index.js';

const examplesDir = join(import.meta.dirname, '../../../../examples');
if (!existsSync(join(examplesDir, 'bank-future.journey'))) {
    throw new Error('examples/ lacks bank-future.journey: copy the spec\'s 1.1 examples into examples/ first.');
}
const texts = Object.fromEntries(readdirSync(examplesDir).filter(n => n.endsWith('.journey')).map(n => [n, readFileSync(join(examplesDir, n), 'utf8')]));

describe('the bank examples of language 1.1', async () => {
    const workspace = await buildWorkspace(texts);
    const provider = workspace.services.analysis.JourneyInsights;
    const exporter = workspace.services.model.JourneyModelExporter;
    const today = workspace.documents.get('bank-onboarding.journey')!;
    const future = workspace.documents.get('bank-future.journey')!;

    it('bank-onboarding: filling in the form is the top hotspot, for five reasons', () => {
        const insights = provider.insightsOf(today)!;
        expect(JourneyInsightsSchema.parse(insights)).toEqual(insights);
        expect(insights.hotspots[0]).toEqual({
            rank: 1, step: 'fill', stage: 'apply', label: 'Fills in the application', score: 14.57,
            reasons: [
                { kind: 'emotion', message: 'anna feels -2 "annoyed"', persona: 'anna' },
                { kind: 'metric-missed', message: "metric 'dropoff' misses its target: 41, target <= 20 (off by 105%)", metric: 'dropoff' },
                { kind: 'pain', message: 'pain, severity 4: "Asked for the address twice"' },
                { kind: 'moment-of-truth', message: 'a moment of truth, and anna feels -2', persona: 'anna' },
                { kind: 'drop-off', message: `15% give up at 'abandon' ("gives up")`, share: 15 }
            ]
        });
        expect(insights.hotspots.map(h => [h.rank, h.step, h.score])).toEqual([[1, 'fill', 14.57], [2, 'abandon', 3], [3, 'search', 2], [4, 'call', 1], [5, 'welcome', 1]]);
        expect(insights.opportunities.map(o => [o.rank, o.step, o.value])).toEqual([[1, 'fill', 4], [2, 'search', 1.5]]);
        expect(insights.stages.map(s => [s.id, s.score, s.emotion, s.pains, s.unaddressedPains, s.missedMetrics])).toEqual([
            ['discover', 2, { anna: 1, marek: 2 }, 1, 0, 0],
            ['apply', 18.57, { anna: -1.5, marek: 1 }, 1, 0, 1],
            ['use', 1, { anna: 2, marek: -1 }, 0, 0, 0]
        ]);
        expect(insights.comparison).toBeUndefined();
    });

    it('bank-future: no hotspot is left, and its dropoff target is not a miss there', () => {
        const insights = provider.insightsOf(future)!;
        expect(insights.kind).toBe('future');
        expect(insights.hotspots).toEqual([]);
        expect(insights.stages.map(s => s.missedMetrics)).toEqual([0, 0, 0]);
    });

    it('bank-future against its baseline: every step\'s status, every persona\'s emotion before and after, the hotspots resolved', () => {
        const model = exporter.exportModel(future)!;
        const baseline = baselineMap(future, model, workspace.services)!;
        expect(baseline.document).toBe(today);
        const comparison = compareJourneys(baseline.model, model);
        expect(provider.insightsOf(future)!.comparison).toEqual(comparison);
        expect(comparison.steps.map(s => [s.step, s.stage, s.status, s.movedFrom, s.emotions.map(e => [e.persona, e.before, e.after])])).toEqual([
            ['search', 'discover', 'kept', undefined, [['anna', 1, 2]]],
            ['ask', 'discover', 'kept', undefined, [['marek', 2, 2]]],
            ['fill', 'apply', 'kept', undefined, [['anna', -2, 1]]],
            ['call', 'apply', 'kept', undefined, [['anna', -1, 1]]],
            ['abandon', 'apply', 'removed', undefined, [['anna', -3, undefined]]],
            ['verify', 'apply', 'kept', undefined, [['anna', 0, 1]]],
            ['sign', 'apply', 'kept', undefined, [['marek', 1, 1]]],
            ['welcome', 'use', 'kept', undefined, [['anna', 2, 2], ['marek', -1, 1]]]
        ]);
        expect(comparison.steps.find(s => s.step === 'fill')).toMatchObject({ painsRemoved: ['Asked for the address twice'], opportunitiesRemoved: ['Prefill the address from the ID'] });
        expect(comparison.personas).toEqual([
            { id: 'anna', averageBefore: -0.5, averageAfter: 1.4, lowestBefore: { step: 'abandon', value: -3 }, lowestAfter: { step: 'fill', value: 1 } },
            { id: 'marek', averageBefore: 0.67, averageAfter: 1.33, lowestBefore: { step: 'welcome', value: -1 }, lowestAfter: { step: 'sign', value: 1 } }
        ]);
        expect(comparison.hotspots).toEqual({ resolved: ['search', 'fill', 'call', 'abandon', 'welcome'], new: [], scoreBefore: 21.57, scoreAfter: 0 });
    });
});
