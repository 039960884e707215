import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { decodeJourneyText, JourneyTextError } from '../workspace/journey-text.js';

/** Langium's Node file system, reading text by the project's one rule (decodeJourneyText). */
export class JourneyNodeFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return decodeAt(uri, await readFile(uri.fsPath));
    }

    override readFileSync(uri: URI): string {
        return decodeAt(uri, readFileSync(uri.fsPath));
    }
}

function decodeAt(uri: URI, bytes: Uint8Array): string {
    try {
        return decodeJourneyText(bytes);
    } catch (error) {
        throw error instanceof JourneyTextError ? new JourneyTextError(`${uri.fsPath}: ${error.message}.`) : error;
    }
}

/** The file system module for `createJourneyServices` in Node (the CLI and the language server). */
export const JourneyNodeFileSystem = {
    fileSystemProvider: () => new JourneyNodeFileSystemProvider()
};
