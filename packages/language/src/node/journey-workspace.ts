import { readFileSync, statSync } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import { isJourneyFile } from '../generated/ast.js';
import { createJourneyServices, type JourneyServices } from '../journey-module.js';
import { importTargets } from '../workspace/import-paths.js';
import { decodeJourneyText, JourneyTextError } from '../workspace/journey-text.js';
import { JourneyNodeFileSystem } from './journey-file-system.js';

/** A file the user named that cannot be read as Journey text; the CLI turns it into exit code 2. */
export class WorkspaceInputError extends Error {}

export interface JourneyWorkspace {
    readonly services: JourneyServices;
    /** The files asked for, in the order given. */
    readonly requested: readonly LangiumDocument[];
    /** Everything loaded: the files asked for and the files they import, transitively. */
    readonly all: readonly LangiumDocument[];
}

/** Reads a file as Journey text, by the same rule as the editor (decodeJourneyText). */
export function readJourneyText(path: string): string {
    let bytes: Buffer;
    try {
        bytes = readFileSync(path);
    } catch (error) {
        throw new WorkspaceInputError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    return decodeJourneyFile(bytes, path);
}

/** Journey text from bytes read anywhere (a file, git), by the one rule; `path` names it in errors. */
export function decodeJourneyFile(bytes: Uint8Array, path: string): string {
    try {
        return decodeJourneyText(bytes);
    } catch (error) {
        throw error instanceof JourneyTextError ? new WorkspaceInputError(`${path}: ${error.message}.`) : error;
    }
}

function isFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}

/** Where a workspace's files come from: the disk, or another store such as a git revision. */
export interface JourneySource {
    /** The Journey text at an absolute path; throws WorkspaceInputError when it cannot be read. */
    read(path: string): string;
    isFile(path: string): boolean;
}

export const diskSource: JourneySource = { read: readJourneyText, isFile };

/**
 * Loads the given files and whatever they import (a file sees its imports, so checking it alone
 * needs them), then builds them as one workspace: parse, link, validate.
 */
export async function loadJourneyWorkspace(
    paths: readonly string[],
    services = createJourneyServices(JourneyNodeFileSystem).Journey,
    source: JourneySource = diskSource
): Promise<JourneyWorkspace> {
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
        requested.push(existing ?? load(uri, source.read(path)));
    }
    const queue = [...loaded.values()];
    while (queue.length > 0) {
        const document = queue.shift()!;
        const root = document.parseResult.value;
        if (!isJourneyFile(root)) {
            continue;
        }
        for (const target of importTargets(root, document.uri)) {
            if (loaded.has(target.uri.toString()) || !source.isFile(target.uri.fsPath)) {
                continue;
            }
            try {
                queue.push(load(target.uri, source.read(target.uri.fsPath)));
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
