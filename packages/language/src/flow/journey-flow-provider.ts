import { WorkspaceCache } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Journey } from '../generated/ast.js';
import { computeFlow, type JourneyFlow } from './journey-flow.js';

/**
 * One flow per journey per workspace state: a relink (an imported persona renamed, say) can change
 * the actors without a new AST, so the cache is dropped on every workspace update.
 */
export class JourneyFlowProvider {
    private readonly cache: WorkspaceCache<Journey, JourneyFlow>;

    constructor(shared: LangiumSharedServices) {
        this.cache = new WorkspaceCache(shared);
    }

    flowOf(journey: Journey): JourneyFlow {
        return this.cache.get(journey, () => computeFlow(journey));
    }
}
