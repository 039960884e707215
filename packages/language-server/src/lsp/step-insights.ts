import type { InsightHotspot, JourneyInsights } from '@journey-maps/model';
import { AstUtils, type Cancellation, type LangiumDocument } from 'langium';
import { isJourney, type JourneyServices, type Step } from '@journey-maps/language';

/** The insights of a document and its hotspots by step, for the editor features that mark them. */
export interface DocumentHotspots {
    readonly insights: JourneyInsights;
    readonly byStep: ReadonlyMap<string, InsightHotspot>;
}

/**
 * The document's hotspots, from the core's analysis (computed once per workspace state and shared
 * by hover, code lens and outline). Undefined while the map has errors or the file has no journey.
 */
export function documentHotspots(document: LangiumDocument, services: JourneyServices): DocumentHotspots | undefined {
    return withSteps(services.analysis.JourneyInsights.insightsOf(document));
}

/** The same, once the document is validated: for the lens and the outline, which may be asked for while it is built. */
export async function documentHotspotsWhenValidated(document: LangiumDocument, services: JourneyServices, cancelToken?: Cancellation.CancellationToken): Promise<DocumentHotspots | undefined> {
    return withSteps(await services.analysis.JourneyInsights.insightsWhenValidated(document, cancelToken));
}

function withSteps(insights: JourneyInsights | undefined): DocumentHotspots | undefined {
    return insights ? { insights, byStep: new Map(insights.hotspots.map(hotspot => [hotspot.step, hotspot])) } : undefined;
}

/** The hotspot a step is, when it belongs to the document's (first) journey, the one the analysis covers. */
export function hotspotOfStep(step: Step, services: JourneyServices): { hotspot: InsightHotspot; of: number } | undefined {
    const document = AstUtils.getDocument(step);
    const journey = AstUtils.getContainerOfType(step, isJourney);
    if (!journey || services.model.JourneyModelExporter.journeyOf(document) !== journey) {
        return undefined;
    }
    const hotspots = documentHotspots(document, services);
    const hotspot = hotspots?.byStep.get(step.name);
    return hotspot ? { hotspot, of: hotspots!.insights.hotspots.length } : undefined;
}

/** Hover lines for a step that is a hotspot: its rank, score and every reason. Nothing for other steps. */
export function stepInsightHover(step: Step, services: JourneyServices): string[] {
    const found = hotspotOfStep(step, services);
    if (!found) {
        return [];
    }
    const { hotspot, of } = found;
    const reasons = hotspot.reasons.map(reason => `- ${escapeMarkdown(reason.message)}`).join('\n');
    return [`**Hotspot #${hotspot.rank}** of ${of} · score ${hotspot.score}\n\n${reasons}`];
}

/** The outline's mark of a hotspot, before the step's label. */
export function hotspotDetail(hotspot: InsightHotspot | undefined, label: string | undefined): string | undefined {
    if (!hotspot) {
        return label;
    }
    return label !== undefined ? `hotspot #${hotspot.rank} · ${label}` : `hotspot #${hotspot.rank}`;
}

function escapeMarkdown(text: string): string {
    return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
