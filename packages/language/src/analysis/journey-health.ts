import type { JourneyModel, PersonaHealth, StageHealth } from '@journey-maps/model';
import type { ScoredStep } from './hotspot-reasons.js';
import { roundScore } from './scoring.js';

/**
 * Each stage's health: its score (the sum of its steps'), every persona's average emotion on it,
 * its pains, the pains on its steps without an opportunity and the metrics its steps miss.
 */
export function stageHealth(model: JourneyModel, scored: readonly ScoredStep[]): StageHealth[] {
    const byStage = new Map<string, ScoredStep[]>();
    for (const entry of scored) {
        const list = byStage.get(entry.stage.id) ?? [];
        list.push(entry);
        byStage.set(entry.stage.id, list);
    }
    return model.stages.map(stage => {
        const steps = byStage.get(stage.id)?.filter(entry => entry.stage === stage) ?? [];
        const emotion: Record<string, number | null> = {};
        for (const persona of model.journey.personas) {
            emotion[persona] = average(steps.flatMap(entry => entry.step.emotions.filter(e => e.persona === persona).map(e => e.value)));
        }
        return {
            id: stage.id,
            label: stage.label,
            score: roundScore(steps.reduce((sum, entry) => sum + entry.score, 0)),
            emotion,
            pains: steps.reduce((sum, entry) => sum + entry.step.pains.length, 0),
            unaddressedPains: steps.reduce((sum, entry) => sum + (entry.step.opportunities.length === 0 ? entry.step.pains.length : 0), 0),
            missedMetrics: steps.reduce((sum, entry) => sum + entry.reasons.filter(r => r.reason.kind === 'metric-missed').length, 0)
        };
    });
}

/** Each persona of the journey: its average emotion over the map and its lowest point (the first, in file order). */
export function personaHealth(model: JourneyModel): PersonaHealth[] {
    return model.journey.personas.map(persona => {
        const values: Array<{ step: string; value: number }> = [];
        for (const stage of model.stages) {
            for (const step of stage.steps) {
                for (const emotion of step.emotions) {
                    if (emotion.persona === persona) {
                        values.push({ step: step.id, value: emotion.value });
                    }
                }
            }
        }
        const lowest = values.reduce<{ step: string; value: number } | undefined>((low, entry) => !low || entry.value < low.value ? entry : low, undefined);
        return {
            id: persona,
            average: average(values.map(entry => entry.value)),
            ...(lowest ? { lowest: { step: lowest.step, value: lowest.value } } : {})
        };
    });
}

function average(values: readonly number[]): number | null {
    return values.length === 0 ? null : roundScore(values.reduce((sum, value) => sum + value, 0) / values.length);
}
