import { UriUtils, URI, type Cancellation, type FileSystemProvider, type LangiumDocument, type LangiumDocuments, type WorkspaceManager } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { importTargets, isJourneyFile } from '@journey-maps/language';
import { collectGarbage } from './collect-garbage.js';

/** Dropping at least this much text gives its memory back at once (a full collection), rather than whenever V8 next needs room. */
const collectAfterDroppingChars = 1_000_000;

/**
 * What becomes of a document the editor closes. Langium keeps it, with its AST, index entries
 * and answers, for as long as the server runs: a 5 MB map kept about 300 MB. A file that is part
 * of a workspace folder (one the workspace manager loads) falls back to its text on disk, as if
 * it had never been opened; any other file is dropped (`DocumentBuilder.update([], [uri])`, which
 * frees it and clears its diagnostics), and with it the imports loaded from disk only for it.
 */
export class ClosedDocuments {
    private readonly documents: LangiumDocuments;
    private readonly workspaceManager: WorkspaceManager;
    private readonly fileSystem: FileSystemProvider;

    constructor(private readonly shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.workspaceManager = shared.workspace.WorkspaceManager;
        this.fileSystem = shared.workspace.FileSystemProvider;
        shared.workspace.TextDocuments.onDidClose(event => {
            const uri = URI.parse(event.document.uri);
            void this.workspaceManager.ready
                .then(() => shared.workspace.WorkspaceLock.write(token => this.closed(uri, token)))
                .catch((error: unknown) => console.error(`Could not release ${uri.toString()}:`, error));
        });
    }

    private async closed(uri: URI, token: Cancellation.CancellationToken): Promise<void> {
        const document = this.documents.getDocument(uri);
        if (!document || this.isOpen(uri)) {
            return;
        }
        const builder = this.shared.workspace.DocumentBuilder;
        if (this.isPartOfWorkspace(uri)) {
            const onDisk = this.readFile(uri);
            if (onDisk !== undefined) {
                if (onDisk !== document.textDocument.getText()) {
                    await builder.update([uri], [], token);
                }
                return;
            }
        }
        const dropped = [uri, ...this.loadedOnlyFor(uri)];
        const droppedChars = dropped.reduce((sum, each) => sum + (this.documents.getDocument(each)?.textDocument.getText().length ?? 0), 0);
        await builder.update([], dropped, token);
        if (droppedChars >= collectAfterDroppingChars) {
            // Once this function (whose variables still hold the document) and the build have returned.
            setTimeout(collectGarbage, 0);
        }
    }

    /** Documents neither open nor in the workspace that nothing else kept imports (transitively) but `closed`. */
    private loadedOnlyFor(closed: URI): URI[] {
        const closedKey = closed.toString();
        const kept = new Set<string>();
        const queue: LangiumDocument[] = [];
        for (const document of this.documents.all) {
            const key = document.uri.toString();
            if (key !== closedKey && (this.isOpen(document.uri) || this.isPartOfWorkspace(document.uri))) {
                kept.add(key);
                queue.push(document);
            }
        }
        for (let document = queue.pop(); document; document = queue.pop()) {
            const root = document.parseResult.value;
            for (const target of isJourneyFile(root) ? importTargets(root, document.uri) : []) {
                const imported = this.documents.getDocument(target.uri);
                if (imported && !kept.has(target.uri.toString())) {
                    kept.add(target.uri.toString());
                    queue.push(imported);
                }
            }
        }
        return this.documents.all.filter(document => document.uri.toString() !== closedKey && !kept.has(document.uri.toString())).map(document => document.uri).toArray();
    }

    private isOpen(uri: URI): boolean {
        return this.shared.workspace.TextDocuments?.get(uri.toString()) !== undefined;
    }

    /** Whether the workspace manager loads this file: inside a folder, in no folder it skips. */
    private isPartOfWorkspace(uri: URI): boolean {
        for (const folder of this.workspaceManager.workspaceFolders ?? []) {
            const root = URI.parse(folder.uri);
            if (!UriUtils.contains(root, uri)) {
                continue;
            }
            const segments = UriUtils.relative(root, uri).split('/');
            let directory = root;
            const included = segments.slice(0, -1).every(segment => {
                directory = UriUtils.joinPath(directory, segment);
                return this.workspaceManager.shouldIncludeEntry({ isDirectory: true, isFile: false, uri: directory });
            });
            if (included && this.workspaceManager.shouldIncludeEntry({ isDirectory: false, isFile: true, uri })) {
                return true;
            }
        }
        return false;
    }

    private readFile(uri: URI): string | undefined {
        try {
            return this.fileSystem.readFileSync(uri);
        } catch {
            return undefined;
        }
    }
}
