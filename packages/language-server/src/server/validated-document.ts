import { involvedDocuments } from '@journey-maps/language';
import { DocumentState, type LangiumDocument, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/**
 * `read` of the document at `uri` once it and the files it imports are validated, for requests
 * Langium does not route itself; `read` runs in the same turn as the check that they are.
 *
 * A preview restored by a window reload asks the moment the server starts: before the workspace
 * has loaded, and before the build that adds a just-opened file has run. Langium's own handlers
 * wait for the workspace first; a request that does not is told "no document" and the preview
 * stays blank. And while someone types, the next edit's build may start between the wait's end
 * and the code after it: it resets the document to "changed" before it parses the new text, and
 * a map read then was the old text without diagnostics (and without insights, which need them).
 */
export async function readValidated<T>(shared: LangiumSharedServices, uri: URI, token: CancellationToken, read: (document: LangiumDocument) => T): Promise<T> {
    const workspace = shared.workspace;
    await workspace.WorkspaceManager.ready;
    if (!workspace.LangiumDocuments.hasDocument(uri)) {
        // The update that adds an opened file is queued as a write once the workspace is ready
        // (before this request got there); a normal read runs after the queued writes.
        await workspace.WorkspaceLock.read(() => undefined);
    }
    for (;;) {
        await workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        const document = workspace.LangiumDocuments.getDocument(uri);
        if (!document) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, `${uri.toString()} is not open in the language server.`);
        }
        const pending = involvedDocuments(document, workspace.LangiumDocuments).find(doc => doc.state < DocumentState.Validated);
        if (!pending) {
            return read(document);
        }
        await workspace.DocumentBuilder.waitUntil(DocumentState.Validated, pending.uri, token);
    }
}
