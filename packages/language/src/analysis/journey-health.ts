import type { JourneyModel, LowestPoint, PersonaHealth, Stage, StageHealth } from '@journey-maps/model';
import type { ScoredStep } from './hotspot-reasons.js';
import { roundScore } from './scoring.js';

/**
 * Each stage's health: its score (the sum of its steps'), every persona's average emotion on it,
 * its pains, the pains on its steps without an opportunity and the metrics its steps miss.
 */
export function stageHealth(model: JourneyModel, scored: readonly ScoredStep[]): StageHealth[] {
    const personas = model.journey.personas;
    const health = new Map<Stage, { score: number; pains: number; unaddressedPains: number; missedMetrics: number; emotions: Map<string, Tally> }>();
    for (const stage of model.stages) {
        health.set(stage, { score: 0, pains: 0, unaddressedPains: 0, missedMetrics: 0, emotions: new Map(personas.map(persona => [persona, { sum: 0, count: 0 }])) });
    }
    for (const entry of scored) {
        const stage = health.get(entry.stage)!;
        stage.score += entry.score;
        stage.pains += entry.step.pains.length;
        stage.unaddressedPains += entry.step.opportunities.length === 0 ? entry.step.pains.length : 0;
        for (const { reason } of entry.reasons) {
            stage.missedMetrics += reason.kind === 'metric-missed' ? 1 : 0;
        }
        for (const emotion of entry.step.emotions) {
            const tally = stage.emotions.get(emotion.persona);
            if (tally) {
                tally.sum += emotion.value;
                tally.count++;
            }
        }
    }
    return model.stages.map(stage => {
        const { score, pains, unaddressedPains, missedMetrics, emotions } = health.get(stage)!;
        const emotion: Record<string, number | null> = {};
        for (const [persona, tally] of emotions) {
            emotion[persona] = average(tally);
        }
        return { id: stage.id, label: stage.label, score: roundScore(score), emotion, pains, unaddressedPains, missedMetrics };
    });
}

/** Each persona of the journey: its average emotion over the map and its lowest point (the first, in file order). */
export function personaHealth(model: JourneyModel): PersonaHealth[] {
    const tallies = new Map(model.journey.personas.map(persona => [persona, { sum: 0, count: 0, lowest: undefined as LowestPoint | undefined }]));
    for (const stage of model.stages) {
        for (const step of stage.steps) {
            for (const emotion of step.emotions) {
                const tally = tallies.get(emotion.persona);
                if (tally) {
                    tally.sum += emotion.value;
                    tally.count++;
                    if (!tally.lowest || emotion.value < tally.lowest.value) {
                        tally.lowest = { step: step.id, value: emotion.value };
                    }
                }
            }
        }
    }
    return [...tallies].map(([id, tally]) => ({ id, average: average(tally), ...(tally.lowest ? { lowest: tally.lowest } : {}) }));
}

interface Tally {
    sum: number;
    count: number;
}

function average(tally: Tally): number | null {
    return tally.count === 0 ? null : roundScore(tally.sum / tally.count);
}
