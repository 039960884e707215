import { JourneyInsightsSchema } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../src/index.js';
import { buildModel } from './model-builder.js';

const model = buildModel({
    personas: ['anna', 'marek'],
    metrics: [{ id: 'dropoff', target: { op: '<=', value: 20 }, actual: 41 }, { id: 'csat', target: { op: '>=', value: 4.2 }, actual: 4.4 }],
    stages: {
        discover: [
            { id: 'search', actors: ['anna'], emotions: { anna: 1 }, pains: [{ text: 'Hidden fees', severity: 2 }], opportunities: [{ text: 'Fee calculator', impact: 3, effort: 2 }] },
            { id: 'ask', actors: ['marek'], emotions: { marek: 2 } }
        ],
        apply: [
            { id: 'fill', actors: ['anna'], emotions: { anna: -2 }, metrics: ['dropoff'], pains: [{ text: 'Address twice', severity: 4 }], opportunities: [{ text: 'Prefill the address', impact: 4, effort: 1 }, 'Save drafts'] },
            { id: 'call', actors: ['anna'], emotions: { anna: -1 }, pains: ['On hold'] },
            { id: 'sign', actors: ['marek'], emotions: { marek: 1 }, metrics: ['dropoff'] }
        ],
        empty: [],
        use: [{ id: 'welcome', emotions: { anna: 2, marek: -1 }, metrics: ['csat'] }]
    }
});
const insights = analyzeJourney(model);

describe('the insights of a journey', () => {
    it('are valid against the schema', () => {
        expect(JourneyInsightsSchema.parse(insights)).toEqual(insights);
        expect(insights).toMatchObject({ journey: 'j', kind: 'current' });
        expect(insights.comparison).toBeUndefined();
    });

    it('rank the hotspots, highest score first, with scores to two decimals', () => {
        const missed = 2 + 2 * Math.log2(1 + 21 / 20);
        expect(insights.hotspots.map(h => [h.rank, h.step, h.stage, h.score])).toEqual([
            [1, 'fill', 'apply', Math.round((2 + missed + 4) * 100) / 100],
            [2, 'call', 'apply', 1 + 3 + 1],
            [3, 'sign', 'apply', Math.round(missed * 100) / 100],
            [4, 'search', 'discover', 2],
            [5, 'welcome', 'use', 1]
        ]);
        expect(insights.hotspots[0].score).toBe(10.07);
    });

    it('rank opportunities quick wins first: impact / effort, a missing value counting as 3', () => {
        expect(insights.opportunities).toEqual([
            { rank: 1, step: 'fill', text: 'Prefill the address', impact: 4, effort: 1, value: 4, addresses: ['Address twice'] },
            { rank: 2, step: 'search', text: 'Fee calculator', impact: 3, effort: 2, value: 1.5, addresses: ['Hidden fees'] },
            { rank: 3, step: 'fill', text: 'Save drafts', value: 1, addresses: ['Address twice'] }
        ]);
    });

    it('give every stage its score, each persona\'s average emotion, its pains and missed metrics', () => {
        expect(insights.stages).toEqual([
            { id: 'discover', label: 'DISCOVER', score: 2, emotion: { anna: 1, marek: 2 }, pains: 1, unaddressedPains: 0, missedMetrics: 0 },
            {
                id: 'apply', label: 'APPLY', score: Math.round((insights.hotspots[0].score + 5 + insights.hotspots[2].score) * 100) / 100,
                emotion: { anna: -1.5, marek: 1 }, pains: 2, unaddressedPains: 1, missedMetrics: 2
            },
            { id: 'empty', label: 'EMPTY', score: 0, emotion: { anna: null, marek: null }, pains: 0, unaddressedPains: 0, missedMetrics: 0 },
            { id: 'use', label: 'USE', score: 1, emotion: { anna: 2, marek: -1 }, pains: 0, unaddressedPains: 0, missedMetrics: 0 }
        ]);
    });

    it('give every persona its average emotion and its lowest point, the first in file order', () => {
        expect(insights.personas).toEqual([
            { id: 'anna', average: 0, lowest: { step: 'fill', value: -2 } },
            { id: 'marek', average: 0.67, lowest: { step: 'welcome', value: -1 } }
        ]);
        const flat = analyzeJourney(buildModel({ personas: ['anna', 'ola'], stages: { s: [{ id: 'a', emotions: { anna: -1 } }, { id: 'b', emotions: { anna: -1 } }] } }));
        expect(flat.personas).toEqual([{ id: 'anna', average: -1, lowest: { step: 'a', value: -1 } }, { id: 'ola', average: null }]);
    });

    it('count no missed metric in a future-state map', () => {
        const future = analyzeJourney({ ...model, journey: { ...model.journey, kind: 'future' } });
        expect(future.stages.map(s => s.missedMetrics)).toEqual([0, 0, 0, 0]);
        expect(future.hotspots.map(h => h.step)).toEqual(['fill', 'call', 'search', 'welcome']);
    });
});
