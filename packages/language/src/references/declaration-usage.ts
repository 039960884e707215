import { AstUtils, DocumentState, WorkspaceCache, isReference, type AstNode, type LangiumDocuments } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isJourneyFile } from '../generated/ast.js';
import { importTargets } from '../workspace/import-paths.js';
import { recoveredRegionStart } from '../workspace/recovered-region.js';

interface Usage {
    readonly used: Set<AstNode>;
    /** Files imported by a file whose structure the parser lost: their uses there are unknown. */
    readonly uncertain: Set<string>;
}

/**
 * Every declaration that some reference in the workspace resolves to. Collected in one pass over
 * all linked documents, so the unused-declaration check costs a set lookup per declaration.
 */
export class DeclarationUsage {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'usage', Usage>;

    constructor(shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared);
    }

    /** True when the declaration is referenced, or when a broken importer may reference it. */
    isUsedOrUncertain(node: AstNode): boolean {
        const usage = this.cache.get('usage', () => this.collect());
        return usage.used.has(node) || usage.uncertain.has(AstUtils.getDocument(node).uri.toString());
    }

    private collect(): Usage {
        const used = new Set<AstNode>();
        const uncertain = new Set<string>();
        for (const document of this.documents.all) {
            if (document.state < DocumentState.Linked) {
                continue;
            }
            for (const reference of document.references) {
                const target = isReference(reference) ? reference.ref : undefined;
                if (target) {
                    used.add(target);
                }
            }
            const root = document.parseResult.value;
            if (isJourneyFile(root) && recoveredRegionStart(document.parseResult) !== undefined) {
                importTargets(root, document.uri).forEach(target => uncertain.add(target.uri.toString()));
            }
        }
        return { used, uncertain };
    }
}
