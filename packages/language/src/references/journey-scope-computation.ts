import { Cancellation, DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { recoveredRegionStart } from '../workspace/recovered-region.js';

/**
 * Only the exported (top-level) symbols matter: the scope provider answers every reference from
 * its own indexes, so the default per-container local symbol tables would be built for nothing,
 * at a cost that grows with every step of a large map.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    /** Declarations the parser found only after losing the file's structure are not exported (see recovered-region.ts). */
    override async collectExportedSymbols(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<AstNodeDescription[]> {
        const exported = await super.collectExportedSymbols(document, cancelToken);
        const start = recoveredRegionStart(document.parseResult);
        return start === undefined ? exported : exported.filter(description => (description.node?.$cstNode?.offset ?? 0) < start);
    }

    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
