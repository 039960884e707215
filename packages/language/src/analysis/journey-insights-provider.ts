import type { JourneyInsights } from '@journey-maps/model';
import { DocumentState, isOperationCancelled, WorkspaceCache, type Cancellation, type LangiumDocument } from 'langium';
import type { JourneyServices } from '../journey-module.js';
import { analysisMapOfDocument } from '../map/document-map.js';
import { involvedDocuments } from '../workspace/involved-documents.js';
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

    /**
     * The insights, or undefined; also undefined (and not remembered) while the document or one of
     * its imports is not validated yet: without its diagnostics, a broken map would look valid.
     */
    insightsOf(document: LangiumDocument): JourneyInsights | undefined {
        const key = document.uri.toString();
        if (!this.cache.has(key) && !this.validated(document)) {
            return undefined;
        }
        return this.cache.get(key, () => {
            const map = analysisMapOfDocument(document, this.services);
            return map.status === 'ok' ? analyzeJourney(map.model, baselineMap(document, map.model, this.services)?.model) : undefined;
        });
    }

    /**
     * The insights once the document is validated, for requests that may arrive while it is being
     * built; undefined for a document that the build does not validate (a cancelled request still
     * ends as cancelled).
     */
    async insightsWhenValidated(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<JourneyInsights | undefined> {
        try {
            await this.services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, document.uri, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            return undefined;
        }
        return this.insightsOf(document);
    }

    private validated(document: LangiumDocument): boolean {
        return involvedDocuments(document, this.services.shared.workspace.LangiumDocuments).every(doc => doc.state >= DocumentState.Validated);
    }
}
