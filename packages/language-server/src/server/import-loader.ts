import { DocumentState, type FileSystemProvider, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isJourneyFile } from '@journey-maps/language';
import { importTargets } from '@journey-maps/language';

/**
 * The editor loads the `.journey` files of its workspace folders; a file opened on its own, or
 * one importing from outside the folder, would otherwise report its imports as missing. After
 * each build, imports that exist on disk but are not loaded are added, and the workspace rebuilt.
 */
export class ImportLoader {
    private readonly documents: LangiumDocuments;
    private readonly fileSystem: FileSystemProvider;

    constructor(private readonly shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.fileSystem = shared.workspace.FileSystemProvider;
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, built => {
            const missing = this.missingImportsOnDisk(built);
            if (missing.length > 0) {
                // After the current build has let go of the workspace: loading is a build of its own.
                setTimeout(() => void this.shared.workspace.WorkspaceLock.write(token =>
                    this.shared.workspace.DocumentBuilder.update(missing, [], token)), 0);
            }
        });
    }

    private missingImportsOnDisk(built: readonly LangiumDocument[]): URI[] {
        const missing = new Map<string, URI>();
        for (const document of built) {
            const root = document.parseResult.value;
            if (!isJourneyFile(root)) {
                continue;
            }
            for (const { uri } of importTargets(root, document.uri)) {
                const key = uri.toString();
                if (!missing.has(key) && !this.documents.hasDocument(uri) && this.isFile(uri)) {
                    missing.set(key, uri);
                }
            }
        }
        return [...missing.values()];
    }

    private isFile(uri: URI): boolean {
        if (uri.scheme !== 'file') {
            return false;
        }
        try {
            return this.fileSystem.statSync(uri).isFile;
        } catch {
            return false;
        }
    }
}
