import { describe, expect, it } from 'vitest';
import { analyzeJourney, reasonPoints, scoreSteps } from '../../src/index.js';
import { buildModel, type ModelSpec, type StepSpec } from './model-builder.js';

/** The reasons of one step `x`, placed between a calm first and last step. */
function reasonsOf(step: Omit<StepSpec, 'id'>, spec: Partial<ModelSpec> = {}) {
    const model = buildModel({ ...spec, stages: { s: [{ id: 'first' }, { id: 'x', ...step }, { id: 'last' }], ...spec.stages } });
    return scoreSteps(model).find(entry => entry.step.id === 'x')!;
}

const kinds = (entry: ReturnType<typeof reasonsOf>) => entry.reasons.map(r => r.kind);

describe('each reason kind on its own', () => {
    it('emotion: one reason per acting persona below zero, naming the persona', () => {
        const entry = reasonsOf({ emotions: { anna: -2, marek: 1, ola: -1 } }, { personas: ['anna', 'marek', 'ola'] });
        expect(entry.reasons).toEqual([
            { kind: 'emotion', message: 'anna feels -2', persona: 'anna' },
            { kind: 'emotion', message: 'ola feels -1', persona: 'ola' }
        ]);
        expect(entry.score).toBe(3);
    });

    it('emotion: a feeling of zero or above is no reason', () => {
        expect(reasonsOf({ emotions: { anna: 0 } }).reasons).toEqual([]);
        expect(reasonsOf({ emotions: { anna: 3 } }).reasons).toEqual([]);
    });

    it('metric-missed: a metric of the step that misses its target, with the gap relative to the target', () => {
        const entry = reasonsOf({ metrics: ['dropoff'] }, { metrics: [{ id: 'dropoff', target: { op: '<=', value: 20 }, actual: 40 }] });
        expect(entry.reasons).toEqual([
            { kind: 'metric-missed', message: "metric 'dropoff' misses its target: 40, target <= 20 (off by 100%)", metric: 'dropoff' }
        ]);
        expect(entry.score).toBe(4);
    });

    it('metric-missed: a met metric, or one without an actual value, is no reason', () => {
        const metrics = [{ id: 'met', target: { op: '>=' as const, value: 4 }, actual: 4.4 }, { id: 'unmeasured', target: { op: '<' as const, value: 5 } }];
        expect(reasonsOf({ metrics: ['met', 'unmeasured'] }, { metrics }).reasons).toEqual([]);
    });

    it('metric-missed: not a reason in a future-state map, where metrics are targets', () => {
        const metrics = [{ id: 'dropoff', target: { op: '<=' as const, value: 20 }, actual: 41 }];
        expect(kinds(reasonsOf({ metrics: ['dropoff'] }, { metrics, kind: 'current' }))).toEqual(['metric-missed']);
        expect(kinds(reasonsOf({ metrics: ['dropoff'] }, { metrics, kind: 'day' }))).toEqual(['metric-missed']);
        expect(kinds(reasonsOf({ metrics: ['dropoff'] }, { metrics, kind: 'blueprint' }))).toEqual(['metric-missed']);
        expect(reasonsOf({ metrics: ['dropoff'] }, { metrics, kind: 'future' }).reasons).toEqual([]);
    });

    it('metric-missed: a target of 0 measures the gap absolutely, and a strict target missed by equality still counts', () => {
        const zero = reasonsOf({ metrics: ['errors'] }, { metrics: [{ id: 'errors', target: { op: '=', value: 0 }, actual: 3 }] });
        expect(zero.score).toBeCloseTo(reasonPoints.metricMissed(3));
        const strict = reasonsOf({ metrics: ['wait'] }, { metrics: [{ id: 'wait', target: { op: '<', value: 5 }, actual: 5 }] });
        expect(strict.reasons.map(r => r.message)).toEqual(["metric 'wait' misses its target: 5, target < 5 (off by 0%)"]);
        expect(strict.score).toBe(2);
    });

    it('pain: each pain, weighed by its severity, 3 when not given', () => {
        const entry = reasonsOf({ pains: [{ text: 'Asked twice', severity: 4 }, 'Slow'], opportunities: ['Prefill'] });
        expect(entry.reasons).toEqual([
            { kind: 'pain', message: 'pain, severity 4: "Asked twice"' },
            { kind: 'pain', message: 'pain, severity 3 (default): "Slow"' }
        ]);
        expect(entry.score).toBe(7);
    });

    it('unaddressed-pain: each pain of a step without an opportunity, beside the pain itself', () => {
        const entry = reasonsOf({ pains: [{ text: 'Hidden fees', severity: 2 }] });
        expect(entry.reasons).toEqual([
            { kind: 'pain', message: 'pain, severity 2: "Hidden fees"' },
            { kind: 'unaddressed-pain', message: 'no opportunity addresses "Hidden fees"' }
        ]);
        expect(entry.score).toBe(3);
    });

    it('moment-of-truth: only where some acting persona feels below zero, naming the lowest', () => {
        expect(reasonsOf({ momentOfTruth: true, emotions: { anna: 1 } }).reasons).toEqual([]);
        expect(reasonsOf({ momentOfTruth: true }).reasons).toEqual([]);
        const entry = reasonsOf({ momentOfTruth: true, emotions: { anna: -1, marek: -3 } }, { personas: ['anna', 'marek'] });
        expect(entry.reasons.filter(r => r.kind === 'moment-of-truth')).toEqual([
            { kind: 'moment-of-truth', message: 'a moment of truth, and marek feels -3', persona: 'marek' }
        ]);
        expect(entry.score).toBe(1 + 3 + 3);
    });

    it('drop-off: an arrow with a share into an end step that is not the last, on the step it leaves', () => {
        const model = buildModel({
            stages: { s: [
                { id: 'fill', next: ['verify', { step: 'abandon', share: 15, label: 'gives up' }] },
                { id: 'abandon', end: true },
                { id: 'verify', end: true }
            ] }
        });
        const scored = scoreSteps(model);
        expect(scored[0].reasons).toEqual([{ kind: 'drop-off', message: `15% give up at 'abandon' ("gives up")`, share: 15 }]);
        expect(scored[0].score).toBe(2.5);
        expect(scored.slice(1).every(entry => entry.reasons.length === 0)).toBe(true);
    });

    it('drop-off: no reason without a share, or into the journey\'s last step', () => {
        const model = buildModel({
            stages: { s: [
                { id: 'fill', next: ['abandon', { step: 'done', share: 80 }] },
                { id: 'abandon', end: true },
                { id: 'done', end: true }
            ] }
        });
        expect(scoreSteps(model)[0].reasons).toEqual([]);
    });

    it('rework: an arrow with a share back to an earlier step, or to the step itself', () => {
        const model = buildModel({
            stages: { a: [{ id: 'fill' }], b: [{ id: 'check', next: [{ step: 'fill', share: 20 }, { step: 'check', share: 10, label: 'retry' }, 'done'] }, { id: 'done' }] }
        });
        expect(scoreSteps(model)[1].reasons).toEqual([
            { kind: 'rework', message: `20% go back to 'fill'`, share: 20 },
            { kind: 'rework', message: `10% go back to 'check' ("retry")`, share: 10 }
        ]);
        expect(scoreSteps(model)[1].score).toBe(2 + 1.5);
    });

    it('rework: no reason for an arrow forward, or an arrow back without a share', () => {
        const model = buildModel({ stages: { s: [{ id: 'a' }, { id: 'b', next: ['a', { step: 'c', share: 50 }] }, { id: 'c' }] } });
        expect(scoreSteps(model).every(entry => entry.reasons.length === 0)).toBe(true);
    });

    it('an arrow with a share back into an earlier end step is a drop-off, not also a rework', () => {
        const model = buildModel({ stages: { s: [{ id: 'leave', end: true }, { id: 'b', next: [{ step: 'leave', share: 30 }, 'c'] }, { id: 'c' }] } });
        expect(kinds(scoreSteps(model).find(e => e.step.id === 'b')! as ReturnType<typeof reasonsOf>)).toEqual(['drop-off']);
    });
});

describe('reasons combined', () => {
    it('lists every reason of a step in the order of the reference\'s table, and sums their points', () => {
        const model = buildModel({
            personas: ['anna', 'marek'],
            metrics: [{ id: 'dropoff', target: { op: '<=', value: 20 }, actual: 41 }],
            stages: {
                apply: [
                    { id: 'start', next: ['fill'] },
                    {
                        id: 'fill', emotions: { anna: -2, marek: -1 }, momentOfTruth: true, metrics: ['dropoff'],
                        pains: [{ text: 'Asked twice', severity: 4 }],
                        next: [{ step: 'verify', share: 62 }, { step: 'start', share: 23 }, { step: 'abandon', share: 15 }]
                    },
                    { id: 'abandon', end: true },
                    { id: 'verify' }
                ]
            }
        });
        const fill = scoreSteps(model)[1];
        expect(fill.reasons.map(r => r.kind)).toEqual(['emotion', 'emotion', 'metric-missed', 'pain', 'unaddressed-pain', 'moment-of-truth', 'drop-off', 'rework']);
        const expected = 2 + 1 + reasonPoints.metricMissed(21 / 20) + 4 + 1 + 2 + reasonPoints.rework(23) + reasonPoints.dropOff(15);
        expect(fill.score).toBeCloseTo(expected, 10);
        const insights = analyzeJourney(model);
        expect(insights.hotspots).toEqual([{
            rank: 1, step: 'fill', stage: 'apply', label: 'Step fill', score: Math.round(expected * 100) / 100,
            reasons: fill.reasons
        }]);
    });

    it('a step with no reason is not a hotspot', () => {
        const model = buildModel({ stages: { s: [{ id: 'a', emotions: { anna: 2 }, opportunities: ['Idea'] }, { id: 'b', momentOfTruth: true, emotions: { anna: 0 } }] } });
        expect(analyzeJourney(model).hotspots).toEqual([]);
    });
});
