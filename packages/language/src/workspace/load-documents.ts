import type { LangiumDocument, URI } from 'langium';
import { isJourneyFile } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { importTargets } from './import-paths.js';

/**
 * The text of an imported file, or undefined when there is none (the import is then reported as
 * missing in the importing file). Asked once per file, whatever the number of importers.
 */
export type ImportReader = (uri: URI) => string | undefined | Promise<string | undefined>;

export interface LoadedDocuments {
    /** The documents of the given texts, in the order given (one document per distinct URI). */
    readonly requested: readonly LangiumDocument[];
    /** Those and every file they import, transitively. */
    readonly all: readonly LangiumDocument[];
}

/**
 * Adds the given texts and whatever they import (a file sees its imports, so checking it alone
 * needs them; an import's own imports decide whether it has errors) to the workspace, then builds
 * them as one: parse, link, validate. The one loader of the CLI, the library API and the tests;
 * where imports come from (the disk, an editor, a browser) is the reader's business.
 */
export async function loadDocuments(
    services: JourneyServices,
    texts: ReadonlyArray<{ readonly uri: URI; readonly text: string }>,
    readImport: ImportReader
): Promise<LoadedDocuments> {
    const documents = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const loaded = new Map<string, LangiumDocument>();
    const asked = new Set<string>();
    const load = (uri: URI, text: string): LangiumDocument => {
        const document = factory.fromString(text, uri);
        documents.addDocument(document);
        loaded.set(uri.toString(), document);
        return document;
    };

    const requested: LangiumDocument[] = [];
    for (const { uri, text } of texts) {
        const existing = loaded.get(uri.toString());
        if (existing) {
            if (!requested.includes(existing)) requested.push(existing);
            continue;
        }
        requested.push(load(uri, text));
    }
    const queue = [...loaded.values()];
    while (queue.length > 0) {
        const document = queue.shift()!;
        const root = document.parseResult.value;
        if (!isJourneyFile(root)) {
            continue;
        }
        for (const target of importTargets(root, document.uri)) {
            const key = target.uri.toString();
            if (loaded.has(key) || asked.has(key) || documents.hasDocument(target.uri)) {
                continue;
            }
            asked.add(key);
            const text = await readImport(target.uri);
            if (text !== undefined) {
                queue.push(load(target.uri, text));
            }
        }
    }
    const all = [...loaded.values()];
    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return { requested, all };
}
