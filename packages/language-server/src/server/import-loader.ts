import { statSync } from 'node:fs';
import { DocumentState, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { importTargets, isJourneyFile, isJourneyFileUri } from '@journey-maps/language';

/**
 * The editor loads the `.journey` files of its workspace folders; a file opened on its own, or
 * one importing from outside the folder, would otherwise report its imports as missing. After
 * each build, imported journey files that exist on disk but are not loaded are added (a build of
 * its own). Each is tried once per version on disk: a file that could not be loaded is not tried
 * again until it changes, or every build would start the next one (a file with an unresolved name
 * is rebuilt by each update). Files that are not journey files are never loaded; validation
 * reports them at the import.
 */
export class ImportLoader {
    private readonly documents: LangiumDocuments;
    /** Imports being or having been loaded and not loaded now → the modification time they were tried at. */
    private readonly tried = new Map<string, number>();

    constructor(private readonly shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, built => {
            const missing = this.missingImportsOnDisk(built);
            if (missing.length > 0) {
                for (const { uri, modified } of missing) {
                    this.tried.set(uri.toString(), modified);
                }
                // After the current build has let go of the workspace: loading is a build of its own.
                setTimeout(() => void this.load(missing.map(entry => entry.uri)), 0);
            }
        });
    }

    private async load(uris: URI[]): Promise<void> {
        try {
            await this.shared.workspace.WorkspaceLock.write(token => this.shared.workspace.DocumentBuilder.update(uris, [], token));
        } finally {
            // A loaded file that is dropped later (its importer closed) may be needed again.
            for (const uri of uris) {
                if (this.documents.hasDocument(uri)) {
                    this.tried.delete(uri.toString());
                }
            }
        }
    }

    private missingImportsOnDisk(built: readonly LangiumDocument[]): Array<{ uri: URI; modified: number }> {
        const missing = new Map<string, { uri: URI; modified: number }>();
        for (const document of built) {
            const root = document.parseResult.value;
            if (!isJourneyFile(root)) {
                continue;
            }
            for (const { uri } of importTargets(root, document.uri)) {
                const key = uri.toString();
                if (missing.has(key) || !isJourneyFileUri(uri) || this.documents.hasDocument(uri)) {
                    continue;
                }
                const modified = modificationTime(uri);
                if (modified !== undefined && this.tried.get(key) !== modified) {
                    missing.set(key, { uri, modified });
                }
            }
        }
        return [...missing.values()];
    }
}

/** The file's modification time, or undefined when it is not a file on disk. */
function modificationTime(uri: URI): number | undefined {
    if (uri.scheme !== 'file') {
        return undefined;
    }
    try {
        const stat = statSync(uri.fsPath);
        return stat.isFile() ? stat.mtimeMs : undefined;
    } catch {
        return undefined;
    }
}
