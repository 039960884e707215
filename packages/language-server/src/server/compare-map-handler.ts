import { analyzeJourney } from '@journey-maps/language';
import { CompareMapParamsSchema, CompareMapRequest, ReadRevisionFileRequest, ReadRevisionFileResultSchema } from '@journey-maps/model/lsp';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import type { JourneyServices } from '@journey-maps/language';
import { PreviousVersionError, PreviousVersions, type RevisionReader } from './previous-versions.js';
import type { MapAnswer } from './render-map-handler.js';

/**
 * Answers journey/compareMap: the preview's map of a document, with the language core's
 * comparison against a previous version of the file (parsed here, its imports read at the same
 * commit through the client) in place of the comparison with its baseline. The client never
 * compares: it sends the old text and shows what comes back.
 */
export function registerCompareMapHandler(connection: Connection, services: JourneyServices, drawMap: MapAnswer, readAtCommit: RevisionReader = clientReader(connection)): PreviousVersions {
    const previous = new PreviousVersions(readAtCommit);
    services.shared.workspace.TextDocuments.onDidClose(event => previous.forget(event.document.uri));
    connection.onRequest(CompareMapRequest, async (raw: unknown, token: CancellationToken) => {
        const parsed = CompareMapParamsSchema.safeParse(raw);
        if (!parsed.success) {
            throw new ResponseError(ErrorCodes.InvalidParams, `${CompareMapRequest.method}: ${parsed.error.issues[0]?.message ?? 'invalid parameters'}`);
        }
        const { previous: version, ...params } = parsed.data;
        try {
            // The comparison is what was asked for: drawn whatever the toggle of the baseline's says.
            return await drawMap({ ...params, compare: true }, token, async (document, model) => analyzeJourney(model, await previous.modelOf(document.uri, version)));
        } catch (error) {
            if (error instanceof PreviousVersionError) throw new ResponseError(LSPErrorCodes.RequestFailed, error.message);
            throw error;
        }
    });
    return previous;
}

/** Files at a commit, asked of the client (which reads them through VS Code's git extension). */
function clientReader(connection: Connection): RevisionReader {
    return async (uri, commit) => {
        const answer = ReadRevisionFileResultSchema.safeParse(await connection.sendRequest(ReadRevisionFileRequest, { uri: uri.toString(), commit }));
        return answer.success && answer.data.text !== null ? answer.data.text : undefined;
    };
}
