import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { StdioLanguageClient } from '../../bench/lsp/stdio-client.js';

export interface StdioSession {
    /** A fresh temporary folder holding `files` (name → text), removed after the test. */
    folderWith(files: Record<string, string>): string;
    /** The bundled server over stdio, on `folder` as its workspace or on none; stopped after the test. */
    start(folder?: string): Promise<StdioLanguageClient>;
}

/** For tests of the server as a process: each test's folders and server are cleaned up after it. */
export function stdioSession(prefix: string): StdioSession {
    const folders: string[] = [];
    let client: StdioLanguageClient | undefined;
    afterEach(async () => {
        if (client?.alive) {
            await client.stop();
        }
        client = undefined;
        for (const folder of folders.splice(0)) {
            rmSync(folder, { recursive: true, force: true });
        }
    });
    return {
        folderWith(files) {
            const folder = mkdtempSync(join(tmpdir(), prefix));
            folders.push(folder);
            for (const [name, text] of Object.entries(files)) {
                writeFileSync(join(folder, name), text);
            }
            return folder;
        },
        async start(folder) {
            client = await StdioLanguageClient.start(folder);
            return client;
        }
    };
}
