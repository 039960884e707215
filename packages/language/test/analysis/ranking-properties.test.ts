import type { HotspotReason } from '@journey-maps/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeJourney, opportunityValue, scoreSteps } from '../../src/index.js';
import { buildModel, type ModelSpec, type StepSpec } from './model-builder.js';

/** A drop-off or a rework: the reasons that name a share. */
type ArrowReason = Extract<HotspotReason, { share: number }>;

/**
 * The ranking rules of the reference ("The report"), as properties over generated maps: more or
 * stronger reasons never lose ground, ties keep file order, quick wins come first.
 */

const allPersonas = ['anna', 'marek', 'ola'];
const optionalScale = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
const optionalShare = fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined });

const stepArb = fc.record({
    emotions: fc.array(fc.tuple(fc.constantFrom(...allPersonas), fc.integer({ min: -3, max: 3 })), { maxLength: 3 }),
    pains: fc.array(optionalScale, { maxLength: 2 }),
    opportunities: fc.array(fc.record({ impact: optionalScale, effort: optionalScale }), { maxLength: 2 }),
    momentOfTruth: fc.boolean(),
    metrics: fc.subarray(['m0', 'm1']),
    end: fc.boolean(),
    arrows: fc.array(fc.record({ target: fc.nat(), share: optionalShare }), { maxLength: 2 })
});

const specArb: fc.Arbitrary<ModelSpec> = fc.record({
    kind: fc.constantFrom('current' as const, 'future' as const, 'day' as const),
    personaCount: fc.integer({ min: 1, max: 3 }),
    missedBy: fc.integer({ min: 1, max: 30 }),
    m1Actual: fc.integer({ min: 0, max: 8 }),
    stageSizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    steps: fc.array(stepArb, { minLength: 12, maxLength: 12 })
}).map(({ kind, personaCount, missedBy, m1Actual, stageSizes, steps }) => {
    const personas = allPersonas.slice(0, personaCount);
    const count = stageSizes.reduce((a, b) => a + b, 0);
    const ids = Array.from({ length: count }, (_, i) => `s${i}`);
    let opportunityCounter = 0;
    const specs: StepSpec[] = ids.map((id, i) => {
        const raw = steps[i];
        const emotions: Record<string, number> = {};
        for (const [persona, value] of raw.emotions) {
            if (personas.includes(persona) && !(persona in emotions)) {
                emotions[persona] = value;
            }
        }
        const targets = new Set<string>();
        const next = raw.arrows.flatMap(arrow => {
            const step = ids[arrow.target % count];
            if (targets.has(step)) {
                return [];
            }
            targets.add(step);
            return [{ step, ...(arrow.share !== undefined ? { share: arrow.share } : {}) }];
        });
        return {
            id,
            emotions,
            pains: raw.pains.map((severity, p) => ({ text: `pain ${id}.${p}`, ...(severity !== undefined ? { severity } : {}) })),
            opportunities: raw.opportunities.map(o => ({ text: `idea ${opportunityCounter++}`, ...(o.impact !== undefined ? { impact: o.impact } : {}), ...(o.effort !== undefined ? { effort: o.effort } : {}) })),
            momentOfTruth: raw.momentOfTruth,
            metrics: raw.metrics,
            end: raw.end,
            ...(next.length > 0 ? { next } : {})
        };
    });
    const stages: Record<string, StepSpec[]> = {};
    let at = 0;
    stageSizes.forEach((size, s) => {
        stages[`g${s}`] = specs.slice(at, at + size);
        at += size;
    });
    return {
        kind, personas, stages,
        // m0 is always missed, so adding it to a step adds a reason (outside a future-state map).
        metrics: [{ id: 'm0', target: { op: '<=', value: 10 }, actual: 10 + missedBy }, { id: 'm1', target: { op: '>=', value: 4 }, actual: m1Actual }]
    };
});

function clone(spec: ModelSpec): ModelSpec {
    return structuredClone(spec);
}

function stepsOf(spec: ModelSpec): StepSpec[] {
    return Object.values(spec.stages).flat();
}

/** Rank of each step, Infinity for steps that are not hotspots. */
function ranks(spec: ModelSpec): (id: string) => number {
    const hotspots = analyzeJourney(buildModel(spec)).hotspots;
    const byStep = new Map(hotspots.map(h => [h.step, h.rank]));
    return id => byStep.get(id) ?? Infinity;
}

function exactScore(spec: ModelSpec, id: string): number {
    return scoreSteps(buildModel(spec)).find(entry => entry.step.id === id)!.score;
}

function reasonCount(spec: ModelSpec, id: string): number {
    return scoreSteps(buildModel(spec)).find(entry => entry.step.id === id)!.reasons.length;
}

type Mutation = (spec: ModelSpec, index: number) => ModelSpec | undefined;

/** Each gives the step one more reason, changing nothing on any other step; undefined where it cannot. */
const addReason: Record<string, Mutation> = {
    'a negative emotion': (spec, index) => {
        const copy = clone(spec);
        const step = stepsOf(copy)[index];
        const persona = spec.personas!.find(p => step.emotions![p] === undefined || step.emotions![p] >= 0);
        if (!persona) {
            return undefined;
        }
        step.emotions![persona] = -2;
        return copy;
    },
    'a pain': (spec, index) => {
        const copy = clone(spec);
        stepsOf(copy)[index].pains!.push({ text: 'new pain', severity: 2 });
        return copy;
    },
    'a missed metric': (spec, index) => {
        const copy = clone(spec);
        const step = stepsOf(copy)[index];
        if (spec.kind === 'future' || step.metrics!.includes('m0')) {
            return undefined;
        }
        step.metrics!.push('m0');
        return copy;
    },
    'a moment of truth': (spec, index) => {
        const copy = clone(spec);
        const step = stepsOf(copy)[index];
        if (step.momentOfTruth || !Object.values(step.emotions!).some(value => value < 0)) {
            return undefined;
        }
        step.momentOfTruth = true;
        return copy;
    },
    'a drop-off': (spec, index) => {
        const copy = clone(spec);
        const steps = stepsOf(copy);
        const target = steps.find((candidate, i) => candidate.end && i !== steps.length - 1 && !steps[index].next?.some(n => typeof n !== 'string' && n.step === candidate.id));
        if (!target) {
            return undefined;
        }
        steps[index].next = [...(steps[index].next ?? []), { step: target.id, share: 30 }];
        return copy;
    },
    'a rework': (spec, index) => {
        const copy = clone(spec);
        const steps = stepsOf(copy);
        const target = steps.find((candidate, i) => i <= index && (!candidate.end || i === steps.length - 1) && !steps[index].next?.some(n => typeof n !== 'string' && n.step === candidate.id));
        if (!target) {
            return undefined;
        }
        steps[index].next = [...(steps[index].next ?? []), { step: target.id, share: 40 }];
        return copy;
    }
};

/** Each makes one existing reason of the step stronger; undefined where the step has no such reason to strengthen. */
const strengthen: Record<string, Mutation> = {
    'a lower emotion': (spec, index) => {
        const copy = clone(spec);
        const step = stepsOf(copy)[index];
        const persona = Object.keys(step.emotions!).find(p => step.emotions![p] < 0 && step.emotions![p] > -3);
        if (!persona) {
            return undefined;
        }
        step.emotions![persona] -= 1;
        return copy;
    },
    'a bigger miss': (spec, index) => {
        const copy = clone(spec);
        if (spec.kind === 'future' || !stepsOf(copy)[index].metrics!.includes('m0')) {
            return undefined;
        }
        copy.metrics![0].actual! += 7;
        return copy;
    },
    'a higher severity': (spec, index) => {
        const copy = clone(spec);
        const pain = stepsOf(copy)[index].pains!.find(p => typeof p !== 'string' && (p.severity ?? 3) < 5);
        if (!pain || typeof pain === 'string') {
            return undefined;
        }
        pain.severity = (pain.severity ?? 3) + 1;
        return copy;
    },
    'a larger share': (spec, index) => {
        const copy = clone(spec);
        const steps = stepsOf(copy);
        const before = scoreSteps(buildModel(spec))[index];
        const shared = before.reasons.find((r): r is ArrowReason => (r.kind === 'drop-off' || r.kind === 'rework') && r.share < 100);
        if (!shared) {
            return undefined;
        }
        // The arrow this reason is about: two arrows may carry the same share, and only one lead back or to an end.
        const ids = steps.map(step => step.id);
        const leadsToReason = (target: string): boolean => shared.kind === 'rework'
            ? ids.indexOf(target) <= index
            : steps[ids.indexOf(target)]?.end === true && target !== ids[ids.length - 1];
        const arrow = steps[index].next!.find(n => typeof n !== 'string' && n.share === shared.share && leadsToReason(n.step));
        if (!arrow || typeof arrow === 'string') {
            return undefined;
        }
        arrow.share = Math.min(100, arrow.share! + 10);
        return copy;
    }
};

const runs = { numRuns: 150 };

describe('hotspot ranking', () => {
    it('ranks by score, highest first, equal scores in file order, and ranks are 1..n', () => {
        fc.assert(fc.property(specArb, spec => {
            const model = buildModel(spec);
            const scored = scoreSteps(model);
            const insights = analyzeJourney(model);
            const exact = new Map(scored.map(entry => [entry.step.id, entry]));
            expect(insights.hotspots.map(h => h.rank)).toEqual(insights.hotspots.map((_, i) => i + 1));
            expect(new Set(insights.hotspots.map(h => h.step))).toEqual(new Set(scored.filter(e => e.reasons.length > 0).map(e => e.step.id)));
            for (let i = 0; i + 1 < insights.hotspots.length; i++) {
                const a = exact.get(insights.hotspots[i].step)!;
                const b = exact.get(insights.hotspots[i + 1].step)!;
                expect(a.score > b.score || (a.score === b.score && a.index < b.index)).toBe(true);
            }
        }), runs);
    });

    it('keeps file order among steps whose reasons are the same', () => {
        const template = fc.constantFrom<Omit<StepSpec, 'id'>>({ emotions: { anna: -1 } }, { pains: ['same'] }, { emotions: { anna: -2 }, momentOfTruth: true }, {});
        fc.assert(fc.property(fc.array(template, { minLength: 2, maxLength: 10 }), templates => {
            const steps = templates.map((t, i) => ({ id: `s${i}`, ...structuredClone(t) }));
            const hotspots = analyzeJourney(buildModel({ stages: { only: steps } })).hotspots;
            for (let i = 0; i + 1 < hotspots.length; i++) {
                if (hotspots[i].score === hotspots[i + 1].score) {
                    expect(Number(hotspots[i].step.slice(1))).toBeLessThan(Number(hotspots[i + 1].step.slice(1)));
                }
            }
        }), runs);
    });

    for (const [what, mutate] of Object.entries(addReason)) {
        it(`adding ${what} raises the step's score and never lowers its rank relative to an unchanged step`, () => {
            fc.assert(fc.property(specArb, fc.nat(), (spec, pick) => {
                const index = pick % stepsOf(spec).length;
                const mutated = mutate(spec, index);
                fc.pre(mutated !== undefined);
                const id = stepsOf(spec)[index].id;
                expect(reasonCount(mutated!, id)).toBeGreaterThan(reasonCount(spec, id));
                expect(exactScore(mutated!, id)).toBeGreaterThan(exactScore(spec, id));
                const before = ranks(spec);
                const after = ranks(mutated!);
                for (const other of stepsOf(spec).filter(step => step.id !== id)) {
                    if (before(id) < before(other.id)) {
                        expect(after(id)).toBeLessThan(after(other.id));
                    }
                    expect(exactScore(mutated!, other.id)).toBe(exactScore(spec, other.id));
                }
            }), runs);
        });
    }

    it('strengthens the arrow a share reason is about, where another arrow of the step has the same share', () => {
        const spec: ModelSpec = { personas: ['anna'], stages: { g0: [{ id: 's0' }, { id: 's1', next: [{ step: 's2', share: 55 }, { step: 's0', share: 55 }] }, { id: 's2' }] } };
        const mutated = strengthen['a larger share'](spec, 1);
        expect(mutated).toBeDefined();
        expect(exactScore(mutated!, 's1')).toBeGreaterThan(exactScore(spec, 's1'));
    });

    for (const [what, mutate] of Object.entries(strengthen)) {
        it(`${what} raises the score of the step`, () => {
            fc.assert(fc.property(specArb, fc.nat(), (spec, pick) => {
                const index = pick % stepsOf(spec).length;
                const mutated = mutate(spec, index);
                fc.pre(mutated !== undefined);
                const id = stepsOf(spec)[index].id;
                expect(reasonCount(mutated!, id)).toBe(reasonCount(spec, id));
                expect(exactScore(mutated!, id)).toBeGreaterThan(exactScore(spec, id));
                const before = ranks(spec);
                const after = ranks(mutated!);
                for (const other of stepsOf(spec).filter(step => step.id !== id && exactScore(mutated!, step.id) === exactScore(spec, step.id))) {
                    if (before(id) < before(other.id)) {
                        expect(after(id)).toBeLessThan(after(other.id));
                    }
                }
            }), runs);
        });
    }
});

describe('quick wins', () => {
    it('orders opportunities by impact / effort (a missing value counts as 3), then by their step\'s score, then file order', () => {
        fc.assert(fc.property(specArb, spec => {
            const model = buildModel(spec);
            const scored = scoreSteps(model);
            const fileOrder = scored.flatMap(entry => entry.step.opportunities.map(o => ({ text: o.text, impact: o.impact, effort: o.effort, score: entry.score })));
            const position = new Map(fileOrder.map((o, i) => [o.text, i]));
            const ranked = analyzeJourney(model).opportunities;
            expect(ranked.map(o => o.text).sort()).toEqual(fileOrder.map(o => o.text).sort());
            expect(ranked.map(o => o.rank)).toEqual(ranked.map((_, i) => i + 1));
            for (let i = 0; i + 1 < ranked.length; i++) {
                const a = fileOrder[position.get(ranked[i].text)!];
                const b = fileOrder[position.get(ranked[i + 1].text)!];
                const va = (a.impact ?? 3) / (a.effort ?? 3);
                const vb = (b.impact ?? 3) / (b.effort ?? 3);
                expect(va > vb || (va === vb && (a.score > b.score || (a.score === b.score && position.get(a.text)! < position.get(b.text)!)))).toBe(true);
            }
        }), runs);
    });

    it('counts a missing impact or effort as 3', () => {
        fc.assert(fc.property(optionalScale, optionalScale, (impact, effort) => {
            expect(opportunityValue({ ...(impact !== undefined ? { impact } : {}), ...(effort !== undefined ? { effort } : {}) })).toBe((impact ?? 3) / (effort ?? 3));
        }));
    });
});
