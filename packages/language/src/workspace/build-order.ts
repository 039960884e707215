import type { LangiumDocument, TextDocumentProvider } from 'langium';

/** Documents of at least this many characters (about 3,000 steps) are built after the others that do not depend on them. */
export const bigDocumentChars = 256_000;

export function isBigDocument(document: LangiumDocument, textDocuments: TextDocumentProvider | undefined): boolean {
    try {
        // An open document's text, else the text it was parsed from (unknown, so small, for one not read yet).
        return (textDocuments?.get(document.uri.toString()) ?? document.textDocument).getText().length >= bigDocumentChars;
    } catch {
        return false;
    }
}

/**
 * The documents of a build that wait for the others: the big ones and every one connected to a
 * big one by imports, either way (an importer links against it; an imported file's unused
 * declarations depend on it). Building the rest first lets a small file being edited get its
 * diagnostics in milliseconds instead of after a 5 MB file's parsing, linking and validation.
 */
export function documentsBuiltLater(documents: readonly LangiumDocument[], big: readonly LangiumDocument[],
    importsOf: (document: LangiumDocument) => readonly string[]): Set<LangiumDocument> {
    const later = new Set(big);
    const imports = new Map(documents.map(document => [document, new Set(importsOf(document))]));
    let grown = later.size > 0;
    while (grown) {
        grown = false;
        const laterUris = new Set([...later].map(document => document.uri.toString()));
        for (const document of documents) {
            const uri = document.uri.toString();
            if (!later.has(document) && ([...imports.get(document)!].some(imported => laterUris.has(imported)) || [...later].some(other => imports.get(other)?.has(uri)))) {
                later.add(document);
                grown = true;
            }
        }
    }
    return later;
}
