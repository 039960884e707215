import type { JourneyInsights } from '@journey-maps/model';
import type { RenderOptions } from './render.js';

/** What the map shows of its insights besides the rank badges. */
export interface LayerChoice {
    /** Tint the hotspot columns (default true). */
    heatTint?: boolean;
    /** Draw the comparison (the preview's Compare toggle, `journey render --compare`); default off: the map alone. */
    compare?: boolean;
}

/**
 * What a journey's insights add to its map (rank badges, the heat tint, the baseline's curves),
 * as render options: the one mapping, for the preview, the CLI and the exports alike. Without
 * `compare` the map is drawn as if it had no baseline, so nothing keeps room for the comparison.
 */
export function insightLayers(insights: JourneyInsights | undefined, choice: LayerChoice = {}): Pick<RenderOptions, 'insights' | 'baseline'> {
    return {
        insights: insights ? { hotspots: insights.hotspots, heatTint: choice.heatTint ?? true } : undefined,
        baseline: choice.compare && insights?.comparison ? { steps: insights.comparison.steps } : undefined
    };
}
