import { AstUtils, WorkspaceCache, type AstNode, type AstNodeDescription, type IndexManager, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isJourneyFile, type Import, type JourneyFile } from '../generated/ast.js';
import { importTargets } from '../workspace/import-paths.js';

/** The declaration kinds a reference can point at across files (journeys are not referenced). */
export const declarationTypes = ['Persona', 'Channel', 'Touchpoint', 'Team', 'Metric'] as const;
export type DeclarationType = (typeof declarationTypes)[number];

export interface DuplicateDeclaration {
    readonly type: DeclarationType;
    readonly name: string;
    /** The declaration that wins: references resolve to it. */
    readonly first: AstNodeDescription;
    /** The later declaration that clashes with it. */
    readonly later: AstNodeDescription;
    /** Set when the later declaration comes in through this import of the file. */
    readonly via?: Import;
}

export interface VisibleDeclarations {
    /** Kind → name → the first declaration of that name the file sees. */
    readonly byType: ReadonlyMap<DeclarationType, ReadonlyMap<string, AstNodeDescription>>;
    readonly duplicates: readonly DuplicateDeclaration[];
    /** The journeys of the files imported directly, by name: what a `baseline` can name (never the file's own journey). */
    readonly importedJourneys: ReadonlyMap<string, AstNodeDescription>;
}

function isDeclarationType(type: string): type is DeclarationType {
    return (declarationTypes as readonly string[]).includes(type);
}

/**
 * What a file sees: the declarations of the files it imports directly (in import order), then its
 * own. Kept in hash maps because linking asks once per reference: a linear scope lookup made a
 * 1 MB map take seconds to link. Scoping and the duplicate-name check both read this, so they
 * can never disagree about what is visible.
 */
export class VisibleDeclarationsProvider {
    private readonly indexManager: IndexManager;
    private readonly cache: WorkspaceCache<string, VisibleDeclarations>;

    constructor(shared: LangiumSharedServices) {
        this.indexManager = shared.workspace.IndexManager;
        this.cache = new WorkspaceCache(shared);
    }

    forNode(node: AstNode): VisibleDeclarations {
        return this.forDocument(AstUtils.getDocument(node));
    }

    forDocument(document: LangiumDocument): VisibleDeclarations {
        const key = document.uri.toString();
        return this.cache.get(key, () => this.compute(document));
    }

    private compute(document: LangiumDocument): VisibleDeclarations {
        const byType = new Map<DeclarationType, Map<string, AstNodeDescription>>(
            declarationTypes.map(type => [type, new Map<string, AstNodeDescription>()])
        );
        const duplicates: DuplicateDeclaration[] = [];
        const root = document.parseResult.value;
        const ownUri = document.uri.toString();
        const sources: Array<{ uri: string; via?: Import }> = [];
        const seen = new Set<string>([ownUri]);
        if (isJourneyFile(root)) {
            for (const target of importTargets(root as JourneyFile, document.uri)) {
                const uri = target.uri.toString();
                if (!seen.has(uri)) {
                    seen.add(uri);
                    sources.push({ uri, via: target.node });
                }
            }
        }
        sources.push({ uri: ownUri });
        const importedJourneys = new Map<string, AstNodeDescription>();
        for (const source of sources) {
            for (const description of this.indexManager.allElements(undefined, new Set([source.uri]))) {
                const type = description.type;
                if (type === 'Journey' && source.uri !== ownUri && !importedJourneys.has(description.name)) {
                    importedJourneys.set(description.name, description);
                }
                if (!isDeclarationType(type)) {
                    continue;
                }
                const names = byType.get(type)!;
                const first = names.get(description.name);
                if (first) {
                    duplicates.push({ type, name: description.name, first, later: description, via: source.via });
                } else {
                    names.set(description.name, description);
                }
            }
        }
        return { byType, duplicates, importedJourneys };
    }
}
