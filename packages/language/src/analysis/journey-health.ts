import type { LowestPoint, PersonaHealth, StageHealth } from '@journey-maps/model';
import type { AnalysisModel } from '../model/analysis-model.js';
import type { ScoredStep } from './hotspot-reasons.js';
import { roundScore } from './scoring.js';

/** The health of a journey's stages and of its personas. */
export interface JourneyHealth {
    readonly stages: StageHealth[];
    readonly personas: PersonaHealth[];
}

/**
 * Each stage's health: its score (the sum of its steps'), every persona's average emotion on it,
 * its pains, the pains on its steps without an opportunity and the metrics its steps miss; and each
 * persona's average emotion over the map and its lowest point (the first, in file order).
 *
 * One walk over the steps for both: the report walks a large map once after the check, mostly
 * before V8 optimises this code, and every further loop over every step is one more function to
 * run slowly and then compile. `scored` is scoreSteps(model): the model's steps in file order, so a
 * cursor finds each stage's entries, and a persona's tally is a slot of an array, not an entry of a
 * map per stage.
 */
export function journeyHealth(model: AnalysisModel, scored: readonly ScoredStep[]): JourneyHealth {
    const personas = personaSlots(model);
    const slots = personas.ids.length;
    const journeySums = new Array<number>(slots).fill(0);
    const journeyCounts = new Array<number>(slots).fill(0);
    const lowest = new Array<LowestPoint | undefined>(slots).fill(undefined);
    const stages: StageHealth[] = new Array(model.stages.length);
    let cursor = 0;
    for (let s = 0; s < model.stages.length; s++) {
        const stage = model.stages[s];
        let score = 0;
        let pains = 0;
        let unaddressedPains = 0;
        let missedMetrics = 0;
        const sums = new Array<number>(slots).fill(0);
        const counts = new Array<number>(slots).fill(0);
        for (let k = 0; k < stage.steps.length; k++) {
            const entry = scored[cursor++];
            const step = entry.step;
            score += entry.score;
            pains += step.pains.length;
            unaddressedPains += step.opportunities.length === 0 ? step.pains.length : 0;
            for (let r = 0; r < entry.reasons.length; r++) {
                missedMetrics += entry.reasons[r].kind === 'metric-missed' ? 1 : 0;
            }
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
        const emotion: Record<string, number | null> = {};
        for (let slot = 0; slot < slots; slot++) {
            emotion[personas.ids[slot]] = average(sums[slot], counts[slot]);
            journeySums[slot] += sums[slot];
            journeyCounts[slot] += counts[slot];
        }
        stages[s] = { id: stage.id, label: stage.label, score: roundScore(score), emotion, pains, unaddressedPains, missedMetrics };
    }
    const health: PersonaHealth[] = new Array(slots);
    for (let slot = 0; slot < slots; slot++) {
        const low = lowest[slot];
        health[slot] = { id: personas.ids[slot], average: average(journeySums[slot], journeyCounts[slot]), ...(low ? { lowest: low } : {}) };
    }
    return { stages, personas: health };
}

/** The journey's personas without repeats, in order, and the slot of each. */
function personaSlots(model: AnalysisModel): { readonly ids: readonly string[]; readonly slotOf: ReadonlyMap<string, number> } {
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
