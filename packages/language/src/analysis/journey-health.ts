import type { JourneyModel, LowestPoint, PersonaHealth, StageHealth } from '@journey-maps/model';
import type { ScoredStep } from './hotspot-reasons.js';
import { roundScore } from './scoring.js';

/**
 * Each stage's health: its score (the sum of its steps'), every persona's average emotion on it,
 * its pains, the pains on its steps without an opportunity and the metrics its steps miss.
 * `scored` is scoreSteps(model): the model's steps in file order, so a cursor finds each stage's
 * entries, and a persona's tally is a slot of an array, not an entry of a map per stage.
 */
export function stageHealth(model: JourneyModel, scored: readonly ScoredStep[]): StageHealth[] {
    const personas = personaSlots(model);
    const health: StageHealth[] = new Array(model.stages.length);
    let cursor = 0;
    for (let s = 0; s < model.stages.length; s++) {
        const stage = model.stages[s];
        let score = 0;
        let pains = 0;
        let unaddressedPains = 0;
        let missedMetrics = 0;
        const sums = new Array<number>(personas.ids.length).fill(0);
        const counts = new Array<number>(personas.ids.length).fill(0);
        for (let k = 0; k < stage.steps.length; k++) {
            const entry = scored[cursor++];
            const step = entry.step;
            score += entry.score;
            pains += step.pains.length;
            unaddressedPains += step.opportunities.length === 0 ? step.pains.length : 0;
            for (let r = 0; r < entry.reasons.length; r++) {
                missedMetrics += entry.reasons[r].reason.kind === 'metric-missed' ? 1 : 0;
            }
            for (let e = 0; e < step.emotions.length; e++) {
                const emotion = step.emotions[e];
                const slot = personas.slotOf.get(emotion.persona);
                if (slot !== undefined) {
                    sums[slot] += emotion.value;
                    counts[slot]++;
                }
            }
        }
        const emotion: Record<string, number | null> = {};
        for (let slot = 0; slot < personas.ids.length; slot++) {
            emotion[personas.ids[slot]] = average(sums[slot], counts[slot]);
        }
        health[s] = { id: stage.id, label: stage.label, score: roundScore(score), emotion, pains, unaddressedPains, missedMetrics };
    }
    return health;
}

/** Each persona of the journey: its average emotion over the map and its lowest point (the first, in file order). */
export function personaHealth(model: JourneyModel): PersonaHealth[] {
    const personas = personaSlots(model);
    const sums = new Array<number>(personas.ids.length).fill(0);
    const counts = new Array<number>(personas.ids.length).fill(0);
    const lowest = new Array<LowestPoint | undefined>(personas.ids.length).fill(undefined);
    for (let s = 0; s < model.stages.length; s++) {
        const steps = model.stages[s].steps;
        for (let k = 0; k < steps.length; k++) {
            const step = steps[k];
            for (let e = 0; e < step.emotions.length; e++) {
                const emotion = step.emotions[e];
                const slot = personas.slotOf.get(emotion.persona);
                if (slot !== undefined) {
                    sums[slot] += emotion.value;
                    counts[slot]++;
                    const low = lowest[slot];
                    if (!low || emotion.value < low.value) {
                        lowest[slot] = { step: step.id, value: emotion.value };
                    }
                }
            }
        }
    }
    return personas.ids.map((id, slot) => {
        const low = lowest[slot];
        return { id, average: average(sums[slot], counts[slot]), ...(low ? { lowest: low } : {}) };
    });
}

/** The journey's personas without repeats, in order, and the slot of each. */
function personaSlots(model: JourneyModel): { readonly ids: readonly string[]; readonly slotOf: ReadonlyMap<string, number> } {
    const ids: string[] = [];
    const slotOf = new Map<string, number>();
    for (const persona of model.journey.personas) {
        if (!slotOf.has(persona)) {
            slotOf.set(persona, ids.length);
            ids.push(persona);
        }
    }
    return { ids, slotOf };
}

function average(sum: number, count: number): number | null {
    return count === 0 ? null : roundScore(sum / count);
}
