import { isJourneyFile, importTargets } from '@journey-maps/language';
import { MapsChangedNotification } from '@journey-maps/model/lsp';
import { DocumentState, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/** Where the notifier sends: the LSP connection, or a test's recorder. */
export interface NotificationSink {
    sendNotification(type: typeof MapsChangedNotification, params: { uris: string[] }): void | Promise<void>;
}

/**
 * Tells the client which documents' maps may have changed without an edit of their own: after a
 * rebuild caused by another document (an import edited in the editor, changed on disk by a
 * `git checkout`, or loaded from disk), every document that imports it. An edited document is
 * left out: the editor already asks for its map on each keystroke. Notifications within
 * `debounceMs` are merged, so a checkout of many files sends one.
 */
export class MapChangeNotifier {
    private readonly changed = new Set<string>();
    private readonly pending = new Set<string>();
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly documents: LangiumDocuments;

    constructor(shared: LangiumSharedServices, private readonly sink: NotificationSink, private readonly debounceMs = 25) {
        this.documents = shared.workspace.LangiumDocuments;
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) this.changed.add(uri.toString());
        });
        builder.onBuildPhase(DocumentState.Validated, built => this.rebuilt(built));
    }

    private rebuilt(built: readonly LangiumDocument[]): void {
        const changed = new Set(this.changed);
        this.changed.clear();
        for (const document of built) {
            const uri = document.uri.toString();
            if (!changed.has(uri) && hasJourney(document)) this.pending.add(uri);
        }
        // An importer that was not relinked (it uses no name of the changed file) still draws it.
        if (changed.size > 0) {
            for (const document of this.documents.all) {
                const root = document.parseResult.value;
                const uri = document.uri.toString();
                if (!changed.has(uri) && hasJourney(document) && isJourneyFile(root) && importTargets(root, document.uri).some(target => changed.has(target.uri.toString()))) {
                    this.pending.add(uri);
                }
            }
        }
        if (this.pending.size > 0 && this.timer === undefined) {
            this.timer = setTimeout(() => this.flush(), this.debounceMs);
        }
    }

    private flush(): void {
        this.timer = undefined;
        const uris = [...this.pending];
        this.pending.clear();
        void this.sink.sendNotification(MapsChangedNotification, { uris });
    }
}

/** Only a file with a journey has a map; one of shared declarations has nothing to redraw. */
function hasJourney(document: LangiumDocument): boolean {
    const root = document.parseResult.value;
    return isJourneyFile(root) && root.journeys.length > 0;
}
