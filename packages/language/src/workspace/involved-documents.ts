import type { LangiumDocument, LangiumDocuments } from 'langium';
import { isJourneyFile } from '../generated/ast.js';
import { importTargets } from './import-paths.js';

/** A document and the loaded files it imports: what its map is drawn from, so whose errors block it. */
export function involvedDocuments(document: LangiumDocument, documents: LangiumDocuments): LangiumDocument[] {
    const involved = [document];
    const root = document.parseResult.value;
    if (isJourneyFile(root)) {
        for (const target of importTargets(root, document.uri)) {
            const imported = documents.getDocument(target.uri);
            if (imported && !involved.includes(imported)) {
                involved.push(imported);
            }
        }
    }
    return involved;
}
