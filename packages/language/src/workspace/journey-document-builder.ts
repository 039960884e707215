import { Cancellation, DefaultDocumentBuilder, DocumentState, URI, type BuildOptions, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isJourneyFile } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { documentsBuiltLater, isBigDocument } from './build-order.js';
import { importTargets } from './import-paths.js';

/**
 * Langium relinks a document when something it references changed. Journey files also depend
 * on their imports as such (a new file can satisfy a missing import or an unknown name) and on
 * their importers (whether a declaration is used is decided by the files that import it), so
 * those are rebuilt too; nothing else is.
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    /** Each document's imports as of its last indexing: read while it is being re-parsed. */
    private readonly lastImports = new Map<string, Set<string>>();
    /** Files that some document started to import during the current update. */
    private readonly newlyImported = new Set<string>();
    private forcedRelink: ReadonlySet<string> = new Set();

    constructor(services: LangiumSharedServices) {
        super(services);
        this.onDocumentPhase(DocumentState.IndexedContent, document => {
            const uri = document.uri.toString();
            const before = this.lastImports.get(uri);
            const now = new Set(this.importsOf(document));
            for (const imported of now) {
                if (!before?.has(imported)) {
                    this.newlyImported.add(imported);
                }
            }
            this.lastImports.set(uri, now);
        });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        this.newlyImported.clear();
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            if (deleted.length > 0) {
                this.forgetDeleted(deleted);
            }
        }
        // A file that just got an importer may have called its declarations unused: check it again.
        // Only such files, not every file with such hints: a large one would be rebuilt on each keystroke.
        const stale = [...this.newlyImported].filter(uri => this.hasUnusedHints(uri));
        this.newlyImported.clear();
        if (stale.length > 0) {
            this.forcedRelink = new Set(stale);
            try {
                await super.update([], [], cancelToken);
            } finally {
                this.forcedRelink = new Set();
            }
        }
    }

    /** Documents unrelated to the big ones of a build are built first (see build-order.ts), then the rest. */
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const big = documents.filter(document => isBigDocument(document, this.textDocuments));
        if (big.length === 0 || big.length === documents.length) {
            return super.buildDocuments(documents, options, cancelToken);
        }
        // What a file not parsed yet imports is unknown: the small ones are parsed now (they are quick) so that the split sees it.
        const unparsed = documents.filter(document => !big.includes(document) && document.state < DocumentState.Parsed);
        await this.runCancelable(unparsed, DocumentState.Parsed, cancelToken, document => this.langiumDocumentFactory.update(document, cancelToken));
        const later = documentsBuiltLater(documents, big, document => this.importsOf(document));
        await super.buildDocuments(documents.filter(document => !later.has(document)), options, cancelToken);
        // As at the start of an update: caches computed meanwhile (what a file sees, which declarations are used) are
        // dropped, and requests on the later documents wait for them instead of being refused as if all were built.
        const rest = documents.filter(document => later.has(document));
        await this.emitUpdate(rest.map(document => document.uri), []);
        this.currentState = DocumentState.Changed;
        await super.buildDocuments(rest, options, cancelToken);
    }

    /**
     * Langium relinks every document with an unresolved reference on every update, in case the
     * change declared the name. A Journey file sees only its own declarations and its direct
     * imports, so only a change to those can resolve its names: relinking it for any other change
     * rebuilt and republished every broken file of the workspace on each keystroke anywhere, and
     * made an edited small file wait for a big one's parse.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const uri = document.uri.toString();
        if (this.indexManager.isAffected(document, changedUris) || this.forcedRelink.has(uri)) {
            return true;
        }
        if (this.importsOf(document).some(imported => changedUris.has(imported))) {
            return true;
        }
        for (const changed of changedUris) {
            if (this.lastImports.get(changed)?.has(uri)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nothing may keep a dropped document reachable. The import memory is read while deciding what
     * to relink for the deletion, so it goes afterwards. The parsers keep their last input (tokens,
     * and the whole CST of the last parse) until they parse again: a closed 5 MB map stayed in
     * memory, about 400 MB, until the next keystroke anywhere. An empty parse lets go of it.
     */
    private forgetDeleted(deleted: readonly URI[]): void {
        for (const uri of deleted) {
            if (!this.langiumDocuments.hasDocument(uri)) {
                this.lastImports.delete(uri.toString());
            }
        }
        for (const services of this.serviceRegistry.all) {
            services.parser.LangiumParser.parse('');
            services.parser.CompletionParser.parse('');
        }
    }

    private hasUnusedHints(uri: string): boolean {
        const diagnostics = this.langiumDocuments.getDocument(URI.parse(uri))?.diagnostics ?? [];
        return diagnostics.some(d => d.code === DiagnosticCode.UnusedDeclaration);
    }

    private importsOf(document: LangiumDocument): string[] {
        const root = document.parseResult?.value;
        return isJourneyFile(root) ? importTargets(root, document.uri).map(target => target.uri.toString()) : [];
    }
}
