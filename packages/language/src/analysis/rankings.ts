import type { InsightHotspot, RankedOpportunity } from '@journey-maps/model';
import type { ScoredStep } from './hotspot-reasons.js';
import { roundScore } from './scoring.js';

/** An opportunity's impact or effort when the map does not give one: the middle of the scale. */
export const defaultScale = 3;

/** Steps with at least one reason, highest score first; equal scores keep file order. */
export function rankHotspots(scored: readonly ScoredStep[]): InsightHotspot[] {
    return scored
        .filter(entry => entry.reasons.length > 0)
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .map((entry, position) => ({
            rank: position + 1,
            step: entry.step.id,
            stage: entry.stage.id,
            label: entry.step.label,
            score: roundScore(entry.score),
            reasons: entry.reasons.map(scoredReason => scoredReason.reason)
        }));
}

/** impact / effort, a missing value counting as 3: the quick-win value of an opportunity. */
export function opportunityValue(opportunity: { impact?: number; effort?: number }): number {
    return (opportunity.impact ?? defaultScale) / (opportunity.effort ?? defaultScale);
}

/** Every opportunity, quick wins first: by value, then by the score of its step, then file order. */
export function rankOpportunities(scored: readonly ScoredStep[]): RankedOpportunity[] {
    const entries = scored.flatMap(entry => entry.step.opportunities.map(opportunity => ({ entry, opportunity, value: opportunityValue(opportunity) })));
    // Array.prototype.sort is stable, so entries equal in value and step score stay in file order.
    return entries
        .sort((a, b) => b.value - a.value || b.entry.score - a.entry.score)
        .map(({ entry, opportunity, value }, position) => ({
            rank: position + 1,
            step: entry.step.id,
            text: opportunity.text,
            ...(opportunity.impact !== undefined ? { impact: opportunity.impact } : {}),
            ...(opportunity.effort !== undefined ? { effort: opportunity.effort } : {}),
            value: roundScore(value),
            addresses: entry.step.pains.map(pain => pain.text)
        }));
}
