import { DocumentState, type LangiumDocument, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/**
 * The document at `uri` once it is validated, for requests Langium does not route itself.
 * A preview restored by a window reload asks the moment the server starts: before the workspace
 * has loaded, and before the build that adds a just-opened file has run. Langium's own handlers
 * wait for the workspace first; a request that does not is told "no document" and the preview
 * stays blank.
 */
export async function validatedDocument(shared: LangiumSharedServices, uri: URI, token: CancellationToken): Promise<LangiumDocument> {
    const workspace = shared.workspace;
    await workspace.WorkspaceManager.ready;
    if (!workspace.LangiumDocuments.hasDocument(uri)) {
        // The update that adds an opened file is queued as a write once the workspace is ready
        // (before this request got there); a normal read runs after the queued writes.
        await workspace.WorkspaceLock.read(() => undefined);
    }
    await workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
    const document = workspace.LangiumDocuments.getDocument(uri);
    if (!document) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, `${uri.toString()} is not open in the language server.`);
    }
    return document;
}
