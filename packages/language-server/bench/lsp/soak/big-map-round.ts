import { DocumentSymbolRequest, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { bigMapText, completionsWhileBuilding, smallMapText } from '../big-map.js';
import type { StdioLanguageClient } from '../stdio-client.js';
import { rssMb } from './memory.js';
import type { BigMapFigures } from './report.js';

/** Opens a 5 MB map (completion on a small file while it builds), closes it, and follows RSS until 30 s after. */
export async function openAndCloseBigMap(client: StdioLanguageClient, hangMs: number): Promise<BigMapFigures> {
    const small = 'file:///soak-small/small.journey';
    const ready = client.waitForDiagnostics(small);
    await client.open(small, smallMapText);
    await ready;
    const bigUri = 'file:///soak-big/big.journey';
    const text = bigMapText();
    const rssBeforeMb = rssMb(client.process.pid);
    const during = await completionsWhileBuilding(client, small, bigUri, text);
    const rssOpenMb = rssMb(client.process.pid);
    const cleared = client.waitForDiagnostics(bigUri, p => p.diagnostics.length === 0, hangMs);
    const closedAt = performance.now();
    await client.close(bigUri);
    await cleared.catch(() => undefined);
    const droppedAfterClose = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: bigUri } }).then(() => false, () => true);
    const rssAfterCloseMb: Array<{ seconds: number; mb: number }> = [];
    for (const seconds of [2, 10, 30]) {
        // Light work meanwhile, as an editor keeps asking: the collector runs when there is allocation.
        while (performance.now() - closedAt < seconds * 1_000) {
            await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 's' });
            await new Promise(resolve => setTimeout(resolve, 100));
        }
        rssAfterCloseMb.push({ seconds, mb: rssMb(client.process.pid) });
    }
    return { megabytes: text.length / 1e6, buildMs: during.buildMs, completions: during.completions, rssBeforeMb, rssOpenMb, rssAfterCloseMb, droppedAfterClose };
}
