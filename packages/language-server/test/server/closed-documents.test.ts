import { describe, expect, it } from 'vitest';
import { DocumentSymbolRequest, WorkspaceSymbolRequest, type SymbolInformation, type WorkspaceSymbol } from 'vscode-languageserver-protocol/node';
import type { StdioLanguageClient } from '../../bench/lsp/stdio-client.js';
import { stdioSession } from './stdio-session.js';

const session = stdioSession('journey-closed-');
let client: StdioLanguageClient;

async function symbolNames(query: string): Promise<string[]> {
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query }) as Array<SymbolInformation | WorkspaceSymbol> | null;
    return (symbols ?? []).map(symbol => symbol.name).sort();
}

const map = (persona: string, step: string): string => `persona ${persona}\njourney j {\n  for ${persona}\n  stage s {\n    step ${step} { by nobody }\n  }\n}\n`;

describe('a file closed in the editor', () => {
    it('is dropped when it is not in a workspace folder: its diagnostics cleared, its symbols gone', async () => {
        const dir = session.folderWith({ 'people.journey': 'persona zofia\n' });
        client = await session.start();
        const uri = `file://${dir}/loose.journey`;
        const opened = client.waitForDiagnostics(uri, p => p.diagnostics.length > 0);
        await client.open(uri, `import "people.journey"\n${map('zebra', 'zigzag')}`);
        await opened;
        // The import was loaded from disk for it.
        await expect.poll(() => symbolNames('zofia')).toEqual(['zofia']);
        expect(await symbolNames('zebra')).toEqual(['zebra']);

        const cleared = client.waitForDiagnostics(uri, p => p.diagnostics.length === 0);
        await client.close(uri);
        await cleared;
        // Neither the file nor the import loaded only for it answers any more.
        await expect.poll(() => symbolNames('z')).toEqual([]);
        await expect(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).rejects.toThrow(/No document/);
    });

    it('falls back to its text on disk when it is in a workspace folder', async () => {
        const dir = session.folderWith({ 'saved.journey': map('anna', 'apply') });
        client = await session.start(dir);
        const uri = `file://${dir}/saved.journey`;
        const edited = client.waitForDiagnostics(uri);
        await client.open(uri, map('bob', 'browse'));
        await edited;
        expect(await symbolNames('bob')).toEqual(['bob']);

        const fromDisk = client.waitForDiagnostics(uri);
        await client.close(uri);
        await fromDisk;
        await expect.poll(() => symbolNames('anna')).toEqual(['anna']);
        expect(await symbolNames('bob')).toEqual([]);
    });
});
