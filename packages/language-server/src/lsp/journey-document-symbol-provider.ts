import { GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import { isJourneyFile, type Journey } from '@journey-maps/language';

/** The symbol kind of each named thing, shared by the outline and the workspace symbols. */
export function symbolKindOf(type: string): SymbolKind {
    switch (type) {
        case 'Persona': return SymbolKind.Class;
        case 'Channel': return SymbolKind.Enum;
        case 'Touchpoint': return SymbolKind.Interface;
        case 'Team': return SymbolKind.Module;
        case 'Metric': return SymbolKind.Property;
        case 'Journey': return SymbolKind.Namespace;
        case 'Stage': return SymbolKind.Package;
        case 'Step': return SymbolKind.Function;
        default: return SymbolKind.Field;
    }
}

/** The outline: the declarations in file order, and the journey with its stages and their steps. */
export class JourneyDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult.value;
        if (!isJourneyFile(root)) {
            return [];
        }
        const symbols: DocumentSymbol[] = [];
        for (const node of [...root.declarations, ...root.journeys].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))) {
            const symbol = symbolOf(node, node.$type === 'Journey' ? journeyChildren(node as Journey) : undefined);
            if (symbol) {
                symbols.push(symbol);
            }
        }
        return symbols;
    }
}

function journeyChildren(journey: Journey): DocumentSymbol[] {
    return journey.stages.flatMap(stage => {
        const symbol = symbolOf(stage, stage.steps.flatMap(step => symbolOf(step) ?? []));
        return symbol ? [symbol] : [];
    });
}

function symbolOf(node: AstNode & { name?: string; label?: string }, children?: DocumentSymbol[]): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    const nameNode = GrammarUtils.findNodeForProperty(cst, 'name');
    if (!cst || !nameNode || !node.name) {
        return undefined;
    }
    return {
        name: node.name,
        detail: node.label,
        kind: symbolKindOf(node.$type),
        range: cst.range,
        selectionRange: nameNode.range,
        children
    };
}
