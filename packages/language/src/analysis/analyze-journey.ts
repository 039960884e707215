import type { JourneyInsights, JourneyModel } from '@journey-maps/model';
import { analyzeModel } from './analyze-model.js';
import { compareAnalyzed } from './compare-journeys.js';

/**
 * Where the journey hurts and what to fix first (spec: "The report"), from the exported model
 * alone; with the model of its baseline, also what changed against it.
 */
export function analyzeJourney(model: JourneyModel, baseline?: JourneyModel): JourneyInsights {
    const analyzed = analyzeModel(model);
    if (!baseline) {
        return analyzed.insights;
    }
    return { ...analyzed.insights, comparison: compareAnalyzed(analyzeModel(baseline), analyzed) };
}
