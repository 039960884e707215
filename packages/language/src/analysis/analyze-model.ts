import type { JourneyInsights } from '@journey-maps/model';
import type { AnalysisModel } from '../model/analysis-model.js';
import { scoreSteps, type ScoredStep } from './hotspot-reasons.js';
import { journeyHealth } from './journey-health.js';
import { rankHotspots, rankOpportunities } from './rankings.js';

/** A model with its scored steps and its insights, so that a comparison reuses them instead of scoring again. */
export interface AnalyzedJourney {
    readonly model: AnalysisModel;
    readonly scored: readonly ScoredStep[];
    readonly insights: JourneyInsights;
}

/** The analysis of one model, without a comparison. */
export function analyzeModel(model: AnalysisModel): AnalyzedJourney {
    const scored = scoreSteps(model);
    const health = journeyHealth(model, scored);
    return {
        model,
        scored,
        insights: {
            journey: model.journey.id,
            kind: model.journey.kind,
            hotspots: rankHotspots(scored),
            opportunities: rankOpportunities(scored),
            stages: health.stages,
            personas: health.personas
        }
    };
}
