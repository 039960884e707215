import type { JourneyInsights } from '@journey-maps/model';
import { WorkspaceCache, type LangiumDocument } from 'langium';
import type { JourneyServices } from '../journey-module.js';
import { mapOfDocument } from '../map/document-map.js';
import { analyzeJourney } from './analyze-journey.js';
import { baselineMap } from './baseline-model.js';

/**
 * The insights of a document's journey for the editor features (hover, code lens, outline), which
 * all ask after the same edit: computed once per workspace state, as the flow is. Undefined while
 * the map has errors, since the report needs a valid map, or when the file has no journey.
 */
export class JourneyInsightsProvider {
    private readonly services: JourneyServices;
    private readonly cache: WorkspaceCache<string, JourneyInsights | undefined>;

    constructor(services: JourneyServices) {
        this.services = services;
        this.cache = new WorkspaceCache(services.shared);
    }

    insightsOf(document: LangiumDocument): JourneyInsights | undefined {
        return this.cache.get(document.uri.toString(), () => {
            const map = mapOfDocument(document, this.services);
            if (map.status !== 'ok') {
                return undefined;
            }
            return analyzeJourney(map.model, baselineMap(document, map.model, this.services)?.model);
        });
    }
}
