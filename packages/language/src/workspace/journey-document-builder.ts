import { DefaultDocumentBuilder, DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isJourneyFile } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { importTargets } from './import-paths.js';

/**
 * Langium relinks a document when something it references changed. Journey files also depend
 * on their imports as such (a new file can satisfy a missing import) and on their importers
 * (whether a declaration is used is decided by the files that import it), so those are rebuilt too.
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    /** Each document's imports as of its last indexing: read while it is being re-parsed. */
    private readonly lastImports = new Map<string, Set<string>>();

    constructor(services: LangiumSharedServices) {
        super(services);
        this.onDocumentPhase(DocumentState.IndexedContent, document => {
            this.lastImports.set(document.uri.toString(), new Set(this.importsOf(document)));
        });
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) {
            return true;
        }
        if (this.importsOf(document).some(uri => changedUris.has(uri))) {
            return true;
        }
        const uri = document.uri.toString();
        for (const changed of changedUris) {
            if (this.lastImports.get(changed)?.has(uri)) {
                return true;
            }
        }
        return (document.diagnostics ?? []).some(d => d.code === DiagnosticCode.UnusedDeclaration);
    }

    private importsOf(document: LangiumDocument): string[] {
        const root = document.parseResult?.value;
        return isJourneyFile(root) ? importTargets(root, document.uri).map(target => target.uri.toString()) : [];
    }
}
