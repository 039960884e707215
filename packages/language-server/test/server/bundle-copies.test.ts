import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureServerBuilt, serverBundle } from '../../bench/lsp/stdio-client.js';

/** The folders a package was bundled from: one per copy of it in node_modules. */
function bundledCopies(packageName: string): string[] {
    const map = JSON.parse(readFileSync(`${serverBundle}.map`, 'utf8')) as { sources: string[] };
    const copies = new Set<string>();
    const marker = `node_modules/${packageName}/`;
    for (const source of map.sources) {
        const at = source.lastIndexOf(marker);
        if (at >= 0) {
            copies.add(source.slice(0, at + marker.length));
        }
    }
    return [...copies];
}

describe('the server bundle', () => {
    // Two copies of the JSON-RPC library do not know each other's errors: a cancelled request's
    // error from one was sent by the other as a result.
    it.each(['vscode-jsonrpc', 'vscode-languageserver-protocol', 'vscode-languageserver-types'])('holds one copy of %s', packageName => {
        ensureServerBuilt();
        expect(bundledCopies(packageName)).toHaveLength(1);
    });
});
