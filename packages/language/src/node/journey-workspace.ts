import { readFileSync, statSync } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJourneyServices, type JourneyServices } from '../journey-module.js';
import { loadDocuments } from '../workspace/load-documents.js';

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
 * An import read from disk, or undefined when it is not a readable Journey file: an unreadable
 * import is reported as missing in the importing file, not as a crash.
 */
export function readImportFromDisk(uri: URI): string | undefined {
    if (uri.scheme !== 'file' || !isFile(uri.fsPath)) {
        return undefined;
    }
    try {
        return readJourneyText(uri.fsPath);
    } catch (error) {
        if (error instanceof WorkspaceInputError) {
            return undefined;
        }
        throw error;
    }
}

/**
 * Loads the given files and whatever they import from disk, then builds them as one workspace:
 * parse, link, validate.
 */
export async function loadJourneyWorkspace(paths: readonly string[], services = createJourneyServices(NodeFileSystem).Journey): Promise<JourneyWorkspace> {
    const texts = paths.map(path => ({ uri: URI.file(path), text: readJourneyText(path) }));
    const { requested, all } = await loadDocuments(services, texts, readImportFromDisk);
    return { services, requested, all };
}
