import { AstUtils, isReference, type AstNode, type AstReflection } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { JourneyServices } from '@journey-maps/language';

/** The token type of each kind of name, written or referenced. */
const tokenTypes: Record<string, string> = {
    Persona: SemanticTokenTypes.class,
    Channel: SemanticTokenTypes.enum,
    Touchpoint: SemanticTokenTypes.interface,
    Team: SemanticTokenTypes.namespace,
    Metric: SemanticTokenTypes.property,
    Journey: SemanticTokenTypes.type,
    Stage: SemanticTokenTypes.struct,
    Step: SemanticTokenTypes.function
};

/**
 * Colours names by what they name, which TextMate cannot know: `web` after `via` is a channel,
 * `anna` after `by` a persona. Keywords, strings, numbers and comments stay with the grammar.
 */
export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly reflection: AstReflection;

    constructor(services: JourneyServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = tokenTypes[node.$type];
        if (type && (node as { name?: string }).name) {
            acceptor({ node, property: 'name' as never, type, modifier: SemanticTokenModifiers.declaration });
        }
        for (const info of AstUtils.streamReferences(node)) {
            const reference = info.reference;
            if (!isReference(reference) || !reference.$refNode) {
                continue;
            }
            const referenceType = tokenTypes[this.reflection.getReferenceType(info)];
            if (referenceType) {
                acceptor({ cst: reference.$refNode, type: referenceType, modifier: reference.ref ? [] : [SemanticTokenModifiers.deprecated] });
            }
        }
    }
}
