import {
    Cancellation, DefaultLinker, interruptAndCheck, isMultiReference, isReference, type AstNode, type AstNodeDescription, type LangiumDocument,
    type LinkingError, type ReferenceInfo
} from 'langium';
import { AstWalk } from '../workspace/ast-walk.js';
import { shouldCheckInterrupt } from '../workspace/interrupt-batch.js';

const kindNames: Record<string, string> = {
    Persona: 'persona',
    Channel: 'channel',
    Touchpoint: 'touchpoint',
    Team: 'team',
    Metric: 'metric',
    Step: 'step',
    Journey: 'journey'
};

/** Words a user reads: `Unknown persona 'ana'.` rather than the parser's type names. */
export class JourneyLinker extends DefaultLinker {
    /** Langium's order (each node's references in property order, nodes as `streamAst` visits them), without its streams. */
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const walk = new AstWalk(document.parseResult.value);
        let visited = 0;
        for (let node = walk.next(); node; node = walk.next()) {
            if (shouldCheckInterrupt(++visited)) {
                await interruptAndCheck(cancelToken);
            }
            this.linkReferencesOf(node, document);
        }
    }

    private linkReferencesOf(node: AstNode, document: LangiumDocument): void {
        for (const property in node) {
            if (property.startsWith('$')) {
                continue;
            }
            const value = (node as unknown as Record<string, unknown>)[property];
            if (isReference(value) || isMultiReference(value)) {
                this.doLink({ reference: value, container: node, property }, document);
            } else if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const item: unknown = value[index];
                    if (isReference(item) || isMultiReference(item)) {
                        this.doLink({ reference: item, container: node, property, index }, document);
                    }
                }
            }
        }
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        return { ...error, message: `Unknown ${kindNames[type] ?? type.toLowerCase()} '${refInfo.reference.$refText}'.` };
    }
}

export function referenceKindName(type: string): string {
    return kindNames[type] ?? type.toLowerCase();
}
