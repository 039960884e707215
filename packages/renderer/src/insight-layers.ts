import type { JourneyInsights } from '@journey-maps/model';
import type { RenderOptions } from './render.js';

/**
 * What a journey's insights add to its map (rank badges, the heat tint, the baseline's curves),
 * as render options: the one mapping, for the preview, the CLI and the exports alike.
 */
export function insightLayers(insights: JourneyInsights | undefined, heatTint = true): Pick<RenderOptions, 'insights' | 'baseline'> {
    return {
        insights: insights ? { hotspots: insights.hotspots, heatTint } : undefined,
        baseline: insights?.comparison ? { steps: insights.comparison.steps } : undefined
    };
}
