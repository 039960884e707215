import { GrammarUtils, type AstNode, type Cancellation, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { InsightHotspot } from '@journey-maps/model';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import { isJourneyFile, type Journey, type JourneyServices } from '@journey-maps/language';
import { documentHotspotsWhenValidated, hotspotDetail } from './step-insights.js';

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

/** The outline: the declarations in file order, and the journey with its stages and their steps, hotspots marked with their rank. */
export class JourneyDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(private readonly services: JourneyServices) {}

    async getSymbols(document: LangiumDocument, _params: DocumentSymbolParams, cancelToken?: Cancellation.CancellationToken): Promise<DocumentSymbol[]> {
        const root = document.parseResult.value;
        if (!isJourneyFile(root)) {
            return [];
        }
        const hotspots = (await documentHotspotsWhenValidated(document, this.services, cancelToken))?.byStep;
        const analysed = this.services.model.JourneyModelExporter.journeyOf(document);
        const symbols: DocumentSymbol[] = [];
        for (const node of [...root.declarations, ...root.journeys].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))) {
            const journey = node.$type === 'Journey' ? node as Journey : undefined;
            const symbol = symbolOf(node, journey ? journeyChildren(journey, journey === analysed ? hotspots : undefined) : undefined);
            if (symbol) {
                symbols.push(symbol);
            }
        }
        return symbols;
    }
}

function journeyChildren(journey: Journey, hotspots: ReadonlyMap<string, InsightHotspot> | undefined): DocumentSymbol[] {
    return journey.stages.flatMap(stage => {
        const symbol = symbolOf(stage, stage.steps.flatMap(step => symbolOf(step, undefined, hotspotDetail(hotspots?.get(step.name), step.label)) ?? []));
        return symbol ? [symbol] : [];
    });
}

function symbolOf(node: AstNode & { name?: string; label?: string }, children?: DocumentSymbol[], detail = node.label): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    const nameNode = GrammarUtils.findNodeForProperty(cst, 'name');
    if (!cst || !nameNode || !node.name) {
        return undefined;
    }
    return {
        name: node.name,
        detail,
        kind: symbolKindOf(node.$type),
        range: cst.range,
        selectionRange: nameNode.range,
        children
    };
}
