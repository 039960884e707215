import { GrammarUtils, type LangiumDocument, type LangiumDocuments, type MaybePromise } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { isJourneyFile } from '@journey-maps/language';
import type { JourneyServices } from '@journey-maps/language';
import { importTargets } from '@journey-maps/language';

/** Each import path links to the file it names (inside the quotes). */
export class JourneyDocumentLinkProvider implements DocumentLinkProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: JourneyServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): MaybePromise<DocumentLink[]> {
        const root = document.parseResult.value;
        if (!isJourneyFile(root)) {
            return [];
        }
        const links: DocumentLink[] = [];
        for (const { node, uri } of importTargets(root, document.uri)) {
            const path = GrammarUtils.findNodeForProperty(node.$cstNode, 'path');
            if (!path) {
                continue;
            }
            const { start, end } = path.range;
            const known = this.documents.hasDocument(uri);
            links.push({
                range: { start: { line: start.line, character: start.character + 1 }, end: { line: end.line, character: Math.max(start.character + 1, end.character - 1) } },
                target: uri.toString(),
                tooltip: known ? `Open ${node.path}` : `${node.path} does not exist`
            });
        }
        return links;
    }
}
