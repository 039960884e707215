import { DocumentState, WorkspaceCache, isReference, type AstNode, type LangiumDocuments } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Every declaration that some reference in the workspace resolves to. Collected in one pass over
 * all linked documents, so the unused-declaration check costs a set lookup per declaration.
 */
export class DeclarationUsage {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'used', Set<AstNode>>;

    constructor(shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared);
    }

    isUsed(node: AstNode): boolean {
        return this.cache.get('used', () => this.collect()).has(node);
    }

    private collect(): Set<AstNode> {
        const used = new Set<AstNode>();
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
        }
        return used;
    }
}
