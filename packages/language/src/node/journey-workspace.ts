import { readFileSync, statSync } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import { createJourneyServices, type JourneyServices } from '../journey-module.js';
import { decodeJourneyText, JourneyTextError } from '../workspace/journey-text.js';
import { loadDocuments, type ImportReader } from '../workspace/load-documents.js';
import { JourneyNodeFileSystem } from './journey-file-system.js';
import { isJourneyFileUri } from '../workspace/import-paths.js';

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
 * Imports read from a source, undefined where there is no readable Journey file: an unreadable
 * import is reported as missing in the importing file, not as a crash.
 */
export function importReader(source: JourneySource): ImportReader {
    return uri => {
        // Not a journey file (`import "notes.txt"`): never read; validation reports it at the import.
        if (uri.scheme !== 'file' || !isJourneyFileUri(uri) || !source.isFile(uri.fsPath)) {
            return undefined;
        }
        try {
            return source.read(uri.fsPath);
        } catch (error) {
            if (error instanceof WorkspaceInputError) {
                return undefined;
            }
            throw error;
        }
    };
}

/** An import read from disk (see importReader). */
export const readImportFromDisk: ImportReader = importReader(diskSource);

/**
 * Loads the given files and whatever they import from disk, then builds them as one workspace:
 * parse, link, validate.
 */
export async function loadJourneyWorkspace(
    paths: readonly string[],
    services = createJourneyServices(JourneyNodeFileSystem).Journey,
    source: JourneySource = diskSource
): Promise<JourneyWorkspace> {
    const texts = paths.map(path => ({ uri: URI.file(path), text: source.read(path) }));
    const { requested, all } = await loadDocuments(services, texts, importReader(source));
    return { services, requested, all };
}
