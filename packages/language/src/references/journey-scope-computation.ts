import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';

/**
 * Only the exported (top-level) symbols matter: the scope provider answers every reference from
 * its own indexes, so the default per-container local symbol tables would be built for nothing,
 * at a cost that grows with every step of a large map.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
