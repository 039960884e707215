import { readFileSync, statSync } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { isJourneyFile } from '../generated/ast.js';
import { createJourneyServices, type JourneyServices } from '../journey-module.js';
import { importTargets, isJourneyFileUri } from '../workspace/import-paths.js';

/** A file the user named that cannot be read as Journey text; the CLI turns it into exit code 2. */
export class WorkspaceInputError extends Error {}

export interface JourneyWorkspace {
    readonly services: JourneyServices;
    /** The files asked for, in the order given. */
    readonly requested: readonly LangiumDocument[];
    /** Everything loaded: the files asked for and the files they import, transitively. */
    readonly all: readonly LangiumDocument[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as Journey text: UTF-8, no NUL bytes; a byte-order mark is dropped. */
export function readJourneyText(path: string): string {
    let bytes: Buffer;
    try {
        bytes = readFileSync(path);
    } catch (error) {
        throw new WorkspaceInputError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    let text: string;
    try {
        text = utf8.decode(bytes);
    } catch {
        throw new WorkspaceInputError(`${path}: not UTF-8 text; save it as UTF-8.`);
    }
    if (text.includes('\u0000')) {
        throw new WorkspaceInputError(`${path}: a binary file, not Journey text.`);
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}

/**
 * Loads the given files and whatever they import (a file sees its imports, so checking it alone
 * needs them), then builds them as one workspace: parse, link, validate.
 */
export async function loadJourneyWorkspace(paths: readonly string[], services = createJourneyServices(NodeFileSystem).Journey): Promise<JourneyWorkspace> {
    const documents = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const loaded = new Map<string, LangiumDocument>();
    const requested: LangiumDocument[] = [];

    const load = (uri: URI, text: string): LangiumDocument => {
        const document = factory.fromString(text, uri);
        documents.addDocument(document);
        loaded.set(uri.toString(), document);
        return document;
    };

    for (const path of paths) {
        const uri = URI.file(path);
        const existing = loaded.get(uri.toString());
        requested.push(existing ?? load(uri, readJourneyText(path)));
    }
    const queue = [...loaded.values()];
    while (queue.length > 0) {
        const document = queue.shift()!;
        const root = document.parseResult.value;
        if (!isJourneyFile(root)) {
            continue;
        }
        for (const target of importTargets(root, document.uri)) {
            // Not a journey file (`import "notes.txt"`): never read; validation reports it at the import.
            if (loaded.has(target.uri.toString()) || !isJourneyFileUri(target.uri) || !isFile(target.uri.fsPath)) {
                continue;
            }
            try {
                queue.push(load(target.uri, readJourneyText(target.uri.fsPath)));
            } catch (error) {
                // An unreadable import is reported as missing in the importing file, not as a crash.
                if (!(error instanceof WorkspaceInputError)) {
                    throw error;
                }
            }
        }
    }
    const all = [...loaded.values()];
    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return { services, requested, all };
}
