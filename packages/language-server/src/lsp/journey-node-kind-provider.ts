import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, type SymbolKind } from 'vscode-languageserver';
import { symbolKindOf } from './journey-document-symbol-provider.js';

/** Symbol and completion kinds by what a name names (workspace symbols, completion icons). */
export class JourneyNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return symbolKindOf(typeOf(node));
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        switch (typeOf(node)) {
            case 'Persona': return CompletionItemKind.Class;
            case 'Channel': return CompletionItemKind.Enum;
            case 'Touchpoint': return CompletionItemKind.Interface;
            case 'Team': return CompletionItemKind.Module;
            case 'Metric': return CompletionItemKind.Unit;
            case 'Step': return CompletionItemKind.Function;
            case 'Journey': return CompletionItemKind.Module;
            default: return CompletionItemKind.Reference;
        }
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
