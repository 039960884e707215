import { RenderMapMethod, RenderMapParamsSchema, type MapProblem, type RenderMapResult } from '@journey-maps/model';
import { createMapRenderer, isRenderSuperseded, type MapRenderer } from '@journey-maps/renderer';
import { DocumentState, URI, type LangiumDocument, type LangiumDocuments } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import type { JourneyServices } from '@journey-maps/language';
import { byPosition, severityName } from '@journey-maps/language';
import { involvedDocuments } from '@journey-maps/language';
import { buildSourceMap } from './source-map.js';

/**
 * Answers the preview: waits until the document is validated, then sends the map drawn from the
 * same exported model the CLI renders, or the errors that keep the preview on its last good map.
 * Layout runs here, in the server process, so neither the editor nor the webview waits for it.
 */
export function registerRenderMapHandler(connection: Connection, services: JourneyServices): void {
    // One renderer per document: a newer edit supersedes a pending layout of the same map only.
    const renderers = new Map<string, MapRenderer>();
    const builder = services.shared.workspace.DocumentBuilder;
    const documents = services.shared.workspace.LangiumDocuments;
    const exporter = services.model.JourneyModelExporter;

    services.shared.workspace.TextDocuments.onDidClose(event => {
        renderers.get(event.document.uri)?.dispose();
        renderers.delete(event.document.uri);
    });
    connection.onRequest(RenderMapMethod, async (raw: unknown, token: CancellationToken): Promise<RenderMapResult> => {
        const params = RenderMapParamsSchema.parse(raw);
        const uri = URI.parse(params.uri);
        await builder.waitUntil(DocumentState.Validated, uri, token);
        const document = documents.getDocument(uri);
        if (!document) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, `${params.uri} is not open in the language server.`);
        }
        const version = document.textDocument.version;
        const problems = problemsOf(document, documents);
        const errors = problems.filter(problem => problem.severity === 'error');
        if (errors.length > 0) {
            return { status: 'errors', uri: params.uri, version, errors };
        }
        const model = exporter.exportModel(document);
        if (!model) {
            return { status: 'no-journey', uri: params.uri, version };
        }
        try {
            let renderer = renderers.get(params.uri);
            if (!renderer) {
                renderer = createMapRenderer();
                renderers.set(params.uri, renderer);
            }
            const rendered = await renderer.render(model);
            if (token.isCancellationRequested) {
                throw new ResponseError(LSPErrorCodes.RequestCancelled, 'A newer edit replaced this map.');
            }
            return {
                status: 'ok',
                uri: params.uri,
                version,
                journeyId: model.journey.id,
                title: model.journey.title,
                parts: rendered.parts,
                sourceMap: buildSourceMap(document.parseResult.value),
                personas: rendered.personas,
                lanes: rendered.lanes,
                warnings: problems.filter(problem => problem.severity !== 'error' && problem.uri === params.uri)
            };
        } catch (error) {
            if (isRenderSuperseded(error)) {
                throw new ResponseError(LSPErrorCodes.RequestCancelled, 'A newer edit replaced this map.');
            }
            throw error;
        }
    });
}

/** The document's problems and those of the files it imports: a broken import breaks the map too. */
function problemsOf(document: LangiumDocument, documents: LangiumDocuments): MapProblem[] {
    return involvedDocuments(document, documents).flatMap(doc => [...(doc.diagnostics ?? [])].sort(byPosition).map(diagnostic => ({
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        code: String(diagnostic.code ?? 'unknown'),
        severity: severityName(diagnostic),
        uri: doc.uri.toString(),
        range: { start: { ...diagnostic.range.start }, end: { ...diagnostic.range.end } }
    })));
}
