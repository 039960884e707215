import { GrammarUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import { isStep } from '@journey-maps/language';
import type { JourneyFlowProvider } from '@journey-maps/language';
import { stepProperties } from '@journey-maps/language';
import type { JourneyServices } from '@journey-maps/language';

/** After the name (or label) of a step without `by`: who acts in it, as the flow resolves it. */
export class JourneyInlayHintProvider extends AbstractInlayHintProvider {
    private readonly flows: JourneyFlowProvider;

    constructor(services: JourneyServices) {
        super();
        this.flows = services.flow.JourneyFlowProvider;
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isStep(node) || stepProperties(node).by.length > 0) {
            return;
        }
        const journey = node.$container?.$container;
        const anchor = GrammarUtils.findNodeForProperty(node.$cstNode, 'label') ?? GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        if (!journey || !anchor) {
            return;
        }
        const actors = this.flows.flowOf(journey).actors.get(node) ?? [];
        if (actors.length === 0) {
            return;
        }
        acceptor({
            position: anchor.range.end,
            label: `by ${actors.map(persona => persona.name).join(', ')}`,
            kind: InlayHintKind.Parameter,
            paddingLeft: true,
            tooltip: 'Every persona of the journey\'s `for` acts in a step without `by`.'
        });
    }
}
