import type { JourneyInsights } from '@journey-maps/model';
import type { AnalysisModel } from '../model/analysis-model.js';
import { analyzeModel } from './analyze-model.js';
import { compareAnalyzed } from './compare-journeys.js';

/**
 * Where the journey hurts and what to fix first (spec: "The report"), from the exported model
 * alone; with the model of its baseline, also what changed against it.
 */
export function analyzeJourney(model: AnalysisModel, baseline?: AnalysisModel): JourneyInsights {
    const analyzed = analyzeModel(model);
    if (!baseline) {
        return analyzed.insights;
    }
    return { ...analyzed.insights, comparison: compareAnalyzed(analyzeModel(baseline), analyzed) };
}
