import fc from 'fast-check';
import { JourneyComparisonSchema } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { analyzeJourney, compareJourneys } from '../../src/index.js';
import { buildModel, type ModelSpec, type StepSpec } from './model-builder.js';

/** Stage id → step specs; each step has an emotion for anna and maybe a pain, so hotspots come and go. */
function baseSpec(stageSizes: number[], emotions: number[]): ModelSpec {
    const stages: Record<string, StepSpec[]> = {};
    let n = 0;
    stageSizes.forEach((size, s) => {
        stages[`g${s}`] = Array.from({ length: size }, () => {
            const id = `s${n}`;
            const emotion = emotions[n % emotions.length];
            n++;
            return { id, emotions: { anna: emotion }, ...(emotion === -3 ? { pains: [`pain of ${id}`] } : {}) };
        });
    });
    return { personas: ['anna'], stages };
}

interface Edit {
    removed: string[];
    added: string[];
    /** old id → new id, placed in another stage. */
    renamed: Map<string, string>;
    /** id → the stage it was in, for steps moved to another stage under the same name. */
    moved: Map<string, string>;
    /** id → new emotion of a kept step. */
    felt: Map<string, number>;
}

const editArb = fc.record({
    stageSizes: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 4 }),
    emotions: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 7 }),
    // Per step of the old map: what happens to it.
    fates: fc.array(fc.constantFrom('keep', 'keep', 'remove', 'rename-move', 'move', 'feel'), { minLength: 20, maxLength: 20 }),
    additions: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })), { maxLength: 4 }),
    shuffle: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
    newFeeling: fc.integer({ min: -3, max: 3 })
}).map(({ stageSizes, emotions, fates, additions, shuffle, newFeeling }) => {
    const before = baseSpec(stageSizes, emotions);
    const stageIds = Object.keys(before.stages);
    const after: ModelSpec = { personas: ['anna'], stages: Object.fromEntries(stageIds.map(id => [id, [] as StepSpec[]])) };
    const edit: Edit = { removed: [], added: [], renamed: new Map(), moved: new Map(), felt: new Map() };
    let i = 0;
    for (const [stage, steps] of Object.entries(before.stages)) {
        for (const step of steps) {
            const fate = fates[i++ % fates.length];
            const otherStage = stageIds[(stageIds.indexOf(stage) + 1) % stageIds.length];
            const copy = structuredClone(step);
            if (fate === 'remove') {
                edit.removed.push(step.id);
            } else if (fate === 'rename-move') {
                copy.id = `${step.id}-renamed`;
                edit.renamed.set(step.id, copy.id);
                after.stages[otherStage].push(copy);
            } else if (fate === 'move') {
                edit.moved.set(step.id, stage);
                after.stages[otherStage].push(copy);
            } else {
                if (fate === 'feel') {
                    copy.emotions = { anna: newFeeling };
                    delete copy.pains;
                    edit.felt.set(step.id, newFeeling);
                }
                after.stages[stage].push(copy);
            }
        }
    }
    additions.forEach(([at, emotion], k) => {
        const id = `new${k}`;
        edit.added.push(id);
        after.stages[stageIds[at % stageIds.length]].push({ id, emotions: { anna: emotion } });
    });
    // Reordered: each stage's steps shuffled.
    let s = 0;
    for (const steps of Object.values(after.stages)) {
        for (let k = steps.length - 1; k > 0; k--) {
            const j = shuffle[s++ % shuffle.length] % (k + 1);
            [steps[k], steps[j]] = [steps[j], steps[k]];
        }
    }
    return { before, after, edit };
});

const runs = { numRuns: 200 };

describe('matching the steps of two journeys by name', () => {
    it('finds the steps added, removed (renamed ones too), kept and moved to another stage', () => {
        fc.assert(fc.property(editArb, ({ before, after, edit }) => {
            const comparison = compareJourneys(buildModel(before), buildModel(after));
            JourneyComparisonSchema.parse(comparison);
            const status = (s: string) => comparison.steps.filter(c => c.status === s).map(c => c.step).sort();
            expect(status('removed')).toEqual([...edit.removed, ...edit.renamed.keys()].sort());
            expect(status('added')).toEqual([...edit.added, ...edit.renamed.values()].sort());
            const keptIds = Object.values(before.stages).flat().map(s => s.id).filter(id => !edit.removed.includes(id) && !edit.renamed.has(id));
            expect(status('kept')).toEqual(keptIds.sort());
            for (const change of comparison.steps) {
                expect(change.movedFrom).toBe(change.status === 'kept' ? edit.moved.get(change.step) : undefined);
            }
        }), runs);
    });

    it('lists the new map\'s steps in its order, each removed one after the step that preceded it and is still there', () => {
        fc.assert(fc.property(editArb, ({ before, after }) => {
            const comparison = compareJourneys(buildModel(before), buildModel(after));
            const newOrder = Object.values(after.stages).flat().map(s => s.id);
            expect(comparison.steps.filter(c => c.status !== 'removed').map(c => c.step)).toEqual(newOrder);
            const oldOrder = Object.values(before.stages).flat().map(s => s.id);
            for (const [position, change] of comparison.steps.entries()) {
                if (change.status !== 'removed') {
                    continue;
                }
                const preceding = oldOrder.slice(0, oldOrder.indexOf(change.step)).reverse().find(id => newOrder.includes(id));
                const listedBefore = comparison.steps.slice(0, position).filter(c => c.status !== 'removed').map(c => c.step);
                expect(listedBefore.at(-1)).toBe(preceding);
            }
        }), runs);
    });

    it('gives each persona\'s emotion before and after, and the pains added and removed', () => {
        fc.assert(fc.property(editArb, ({ before, after, edit }) => {
            const comparison = compareJourneys(buildModel(before), buildModel(after));
            const oldSteps = new Map(Object.values(before.stages).flat().map(s => [s.id, s]));
            const newSteps = new Map(Object.values(after.stages).flat().map(s => [s.id, s]));
            for (const change of comparison.steps) {
                const was = oldSteps.get(change.step);
                const is = newSteps.get(change.step);
                expect(change.emotions).toEqual([{
                    persona: 'anna',
                    ...(was ? { before: was.emotions!.anna } : {}),
                    ...(is ? { after: is.emotions!.anna } : {})
                }]);
                if (edit.felt.has(change.step)) {
                    expect(change.emotions[0].after).toBe(edit.felt.get(change.step));
                    expect(change.painsRemoved).toEqual(was!.pains ? [`pain of ${change.step}`] : []);
                }
                if (change.status === 'removed') {
                    expect(change.painsRemoved).toEqual((was!.pains ?? []).map(String));
                    expect(change.painsAdded).toEqual([]);
                }
            }
        }), runs);
    });

    it('names a removed step by its label in the old map, which the new map no longer has', () => {
        const before = buildModel({ personas: ['anna'], stages: { apply: [{ id: 'fill', label: 'Fills in the form' }, { id: 'abandon', label: 'Leaves the form unfinished' }, { id: 's12' }] } });
        const after = buildModel({ personas: ['anna'], stages: { apply: [{ id: 'fill', label: 'Fills in the short form' }, { id: 'verify', label: 'Verifies the ID' }] } });
        const labels = compareJourneys(before, after).steps.map(c => [c.step, c.status, c.label]);
        expect(labels).toEqual([
            ['fill', 'kept', undefined],
            ['abandon', 'removed', 'Leaves the form unfinished'],
            ['s12', 'removed', 'Step s12'],
            ['verify', 'added', undefined]
        ]);
    });

    it('resolves the hotspots that are gone, removed steps included, and totals the scores before and after', () => {
        fc.assert(fc.property(editArb, ({ before, after }) => {
            const oldInsights = analyzeJourney(buildModel(before));
            const newInsights = analyzeJourney(buildModel(after));
            const comparison = compareJourneys(buildModel(before), buildModel(after));
            const was = new Set(oldInsights.hotspots.map(h => h.step));
            const is = new Set(newInsights.hotspots.map(h => h.step));
            const oldOrder = Object.values(before.stages).flat().map(s => s.id);
            const newOrder = Object.values(after.stages).flat().map(s => s.id);
            expect(comparison.hotspots.resolved).toEqual(oldOrder.filter(id => was.has(id) && !is.has(id)));
            expect(comparison.hotspots.new).toEqual(newOrder.filter(id => is.has(id) && !was.has(id)));
            expect(comparison.hotspots.scoreBefore).toBeCloseTo(oldInsights.hotspots.reduce((sum, h) => sum + h.score, 0), 1);
            expect(comparison.hotspots.scoreAfter).toBeCloseTo(newInsights.hotspots.reduce((sum, h) => sum + h.score, 0), 1);
        }), runs);
    });
});

describe('comparing personas and metrics', () => {
    const before = buildModel({
        personas: ['anna', 'marek'],
        metrics: [{ id: 'dropoff', unit: '%', target: { op: '<=', value: 20 }, actual: 41 }, { id: 'gone', target: { op: '>', value: 1 } }],
        stages: { a: [{ id: 'fill', emotions: { anna: -2, marek: 1 }, metrics: ['dropoff'] }, { id: 'leave', actors: ['anna'], emotions: { anna: -3 } }] }
    });
    const after = buildModel({
        kind: 'future',
        personas: ['anna', 'marek', 'ola'],
        metrics: [{ id: 'dropoff', unit: '%', target: { op: '<=', value: 20 }, actual: 18 }, { id: 'csat', target: { op: '>=', value: 4 }, actual: 4.4 }],
        stages: { a: [{ id: 'fill', emotions: { anna: 1, marek: 1 }, metrics: ['dropoff'] }], b: [{ id: 'welcome', actors: ['ola'], emotions: { ola: 2 } }] }
    });
    const comparison = compareJourneys(before, after);

    it('gives each persona of either map its average and lowest point before and after', () => {
        expect(comparison.personas).toEqual([
            { id: 'anna', averageBefore: -2.5, averageAfter: 1, lowestBefore: { step: 'leave', value: -3 }, lowestAfter: { step: 'fill', value: 1 } },
            { id: 'marek', averageBefore: 1, averageAfter: 1, lowestBefore: { step: 'fill', value: 1 }, lowestAfter: { step: 'fill', value: 1 } },
            { id: 'ola', averageBefore: null, averageAfter: 2, lowestAfter: { step: 'welcome', value: 2 } }
        ]);
    });

    it('gives each metric its target, actual and met before and after', () => {
        expect(comparison.metrics).toEqual([
            { id: 'dropoff', before: { target: { op: '<=', value: 20 }, actual: 41, met: false }, after: { target: { op: '<=', value: 20 }, actual: 18, met: true } },
            { id: 'csat', after: { target: { op: '>=', value: 4 }, actual: 4.4, met: true } },
            { id: 'gone', before: { target: { op: '>', value: 1 }, met: null } }
        ]);
    });

    it('puts the comparison with its baseline into a journey\'s insights', () => {
        const insights = analyzeJourney(after, before);
        expect(insights.comparison).toEqual(comparison);
        expect(comparison.hotspots).toEqual({ resolved: ['fill', 'leave'], new: [], scoreBefore: Math.round((2 + 2 + 2 * Math.log2(1 + 21 / 20) + 3) * 100) / 100, scoreAfter: 0 });
    });
});
