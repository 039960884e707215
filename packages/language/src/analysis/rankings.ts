import type { InsightHotspot, Opportunity, RankedOpportunity } from '@journey-maps/model';
import type { AnalysisStep } from '../model/analysis-model.js';
import type { ScoredStep } from './hotspot-reasons.js';
import { roundScore } from './scoring.js';

/** An opportunity's impact or effort when the map does not give one: the middle of the scale. */
export const defaultScale = 3;

/** Steps with at least one reason, highest score first; equal scores keep file order. */
export function rankHotspots(scored: readonly ScoredStep[]): InsightHotspot[] {
    const hot: ScoredStep[] = [];
    for (let i = 0; i < scored.length; i++) {
        if (scored[i].reasons.length > 0) {
            hot.push(scored[i]);
        }
    }
    hot.sort((a, b) => b.score - a.score || a.index - b.index);
    const ranked: InsightHotspot[] = new Array(hot.length);
    for (let position = 0; position < hot.length; position++) {
        const entry = hot[position];
        ranked[position] = { rank: position + 1, step: entry.step.id, stage: entry.stage.id, label: entry.step.label, score: roundScore(entry.score), reasons: entry.reasons };
    }
    return ranked;
}

/** impact / effort, a missing value counting as 3: the quick-win value of an opportunity. */
export function opportunityValue(opportunity: { impact?: number; effort?: number }): number {
    return (opportunity.impact ?? defaultScale) / (opportunity.effort ?? defaultScale);
}

/** Every opportunity, quick wins first: by value, then by the score of its step, then file order. */
export function rankOpportunities(scored: readonly ScoredStep[]): RankedOpportunity[] {
    const entries: Array<{ entry: ScoredStep; opportunity: Opportunity; value: number }> = [];
    for (let i = 0; i < scored.length; i++) {
        const entry = scored[i];
        for (let o = 0; o < entry.step.opportunities.length; o++) {
            const opportunity = entry.step.opportunities[o];
            entries.push({ entry, opportunity, value: opportunityValue(opportunity) });
        }
    }
    // Array.prototype.sort is stable, so entries equal in value and step score stay in file order.
    entries.sort((a, b) => b.value - a.value || b.entry.score - a.entry.score);
    const ranked: RankedOpportunity[] = new Array(entries.length);
    for (let position = 0; position < entries.length; position++) {
        const { entry, opportunity, value } = entries[position];
        ranked[position] = {
            rank: position + 1,
            step: entry.step.id,
            text: opportunity.text,
            ...(opportunity.impact !== undefined ? { impact: opportunity.impact } : {}),
            ...(opportunity.effort !== undefined ? { effort: opportunity.effort } : {}),
            value: roundScore(value),
            addresses: painTexts(entry.step)
        };
    }
    return ranked;
}

function painTexts(step: AnalysisStep): string[] {
    const texts: string[] = new Array(step.pains.length);
    for (let i = 0; i < step.pains.length; i++) {
        texts[i] = step.pains[i].text;
    }
    return texts;
}
