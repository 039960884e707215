import { RenderMapParamsSchema, type JourneyInsights, type JourneyModel, type MapProblem, type RenderMapParams, type RenderMapResult, type SourceRange } from '@journey-maps/model';
import { RenderMapRequest } from '@journey-maps/model/lsp';
import { createMapRenderer, insightLayers, isRenderSuperseded, type FlowLayoutEngine, type MapRenderer } from '@journey-maps/renderer';
import { URI, type LangiumDocument } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { mapOfDocument, type JourneyServices } from '@journey-maps/language';
import { AnsweredMaps } from './answered-maps.js';
import { buildSourceMap } from './source-map.js';
import { readValidated } from './validated-document.js';

/**
 * Answers the preview: waits until the document is validated, then sends the map drawn from the
 * same exported model the CLI renders, or the errors that keep the preview on its last good map.
 * Layout runs here, in the server process, so neither the editor nor the webview waits for it.
 */
export function registerRenderMapHandler(connection: Connection, services: JourneyServices, drawMap: MapAnswer = createMapAnswer(services)): void {
    connection.onRequest(RenderMapRequest, (raw: unknown, token: CancellationToken): Promise<RenderMapResult> => drawMap(RenderMapParamsSchema.parse(raw), token));
}

/**
 * The insights drawn on a map and sent with it: by default the core's analysis of the document
 * (against its `baseline`, if any); Compare with Previous Version gives the analysis against
 * another version of the file instead.
 */
export type InsightsSource = (document: LangiumDocument, model: JourneyModel, token: CancellationToken) => Promise<JourneyInsights | undefined>;

/**
 * Draws the map of a document for the preview: the one answer of journey/renderMap and
 * journey/compareMap; only what changed when the client holds an earlier map (`params.base`).
 * `layoutEngine` (start-server.ts gives the layout worker) keeps ELK off the server's own thread.
 */
export type MapAnswer = (params: RenderMapParams, token: CancellationToken, insightsOf?: InsightsSource) => Promise<RenderMapResult>;

/** What a map's answer reads of its document: the whole answer when there is no map to draw. */
type ReadMap =
    | { readonly answer: Extract<RenderMapResult, { status: 'errors' | 'no-journey' }> }
    | {
        readonly document: LangiumDocument; readonly version: number; readonly model: JourneyModel; readonly warnings: readonly MapProblem[];
        readonly sourceMap: Record<string, SourceRange>; readonly insights: JourneyInsights | undefined;
    };

export function createMapAnswer(services: JourneyServices, layoutEngine?: FlowLayoutEngine): MapAnswer {
    // One renderer per document: a newer edit supersedes a pending layout of the same map only.
    const renderers = new Map<string, MapRenderer>();
    // The maps answered, so a client holding one is sent only what changed (journey/compareMap too).
    const answered = new AnsweredMaps();

    services.shared.workspace.TextDocuments.onDidClose(event => {
        renderers.get(event.document.uri)?.dispose();
        renderers.delete(event.document.uri);
        answered.forget(event.document.uri);
    });
    return async (params, token, insightsOf) => {
        const uri = URI.parse(params.uri);
        // Everything read from the document is read in one turn, of one validated state: the next
        // edit's build may begin at any await (the drawing's included).
        const read = await readValidated(services.shared, uri, token, (document): ReadMap => {
            const version = document.textDocument.version;
            const map = mapOfDocument(document, services);
            if (map.status === 'errors') {
                return { answer: { status: 'errors', uri: params.uri, version, errors: [...map.errors] } };
            }
            if (map.status === 'no-journey') {
                return { answer: { status: 'no-journey', uri: params.uri, version } };
            }
            return {
                document, version, model: map.model, warnings: map.warnings,
                sourceMap: buildSourceMap(document.parseResult.value),
                // The same analysis the hover, lens and outline read (computed once per workspace state).
                insights: insightsOf ? undefined : services.analysis.JourneyInsights.insightsOf(document)
            };
        });
        if ('answer' in read) {
            return read.answer;
        }
        const { document, version, model } = read;
        const insights = insightsOf ? await insightsOf(document, model, token) : read.insights;
        try {
            let renderer = renderers.get(params.uri);
            if (!renderer) {
                renderer = createMapRenderer({ layoutEngine });
                renderers.set(params.uri, renderer);
            }
            const rendered = await renderer.render(model, insightLayers(insights, { heatTint: params.heatTint, compare: params.compare }));
            if (token.isCancellationRequested) {
                throw new ResponseError(LSPErrorCodes.RequestCancelled, 'A newer edit replaced this map.');
            }
            return answered.answer({
                status: 'ok',
                uri: params.uri,
                version,
                journeyId: model.journey.id,
                title: model.journey.title,
                parts: rendered.parts,
                sourceMap: read.sourceMap,
                personas: rendered.personas,
                lanes: rendered.lanes,
                insights,
                warnings: [...read.warnings]
            }, params.base);
        } catch (error) {
            if (isRenderSuperseded(error)) {
                throw new ResponseError(LSPErrorCodes.RequestCancelled, 'A newer edit replaced this map.');
            }
            throw error;
        }
    };
}
