import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StdioLanguageClient } from '../../bench/lsp/stdio-client.js';

const importsNotes = 'import "notes.txt"\njourney j {\n  for zz\n}\n';

let folder: string;
let client: StdioLanguageClient | undefined;

function folderWith(files: Record<string, string>): string {
    folder = mkdtempSync(join(tmpdir(), 'journey-idle-'));
    for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(folder, name), text);
    }
    return folder;
}

afterEach(async () => {
    if (client?.alive) {
        await client.stop();
    }
    client = undefined;
    rmSync(folder, { recursive: true, force: true });
});

describe('a server with nothing to do publishes nothing', () => {
    it('reports an import of a file that is not a journey once, and then goes quiet', async () => {
        const dir = folderWith({ 'notes.txt': 'Call the bank on Monday.\n' });
        client = await StdioLanguageClient.start();
        const uri = `file://${dir}/a.journey`;
        const published = client.waitForDiagnostics(uri, p => p.diagnostics.length > 0);
        await client.open(uri, importsNotes);
        const { diagnostics } = await published;
        expect(diagnostics.map(d => `${String(d.code)} ${d.range.start.line}`)).toEqual(['not-a-journey-import 0']);
        expect(diagnostics[0].message).toMatch(/notes\.txt.*not a journey file/);
        expect(await client.publicationsWhileIdle(1_000, 2_000, 10_000)).toBe(0);
    });

    it('stays quiet in a workspace where other files have errors too', async () => {
        const dir = folderWith({
            'notes.txt': 'Call the bank on Monday.\n',
            'a.journey': importsNotes,
            'broken.journey': 'persona anna\njourney b {\n  for anna\n  stage s {\n    step x { by nobody }\n  }\n}\n'
        });
        client = await StdioLanguageClient.start(dir);
        const uri = `file://${dir}/a.journey`;
        const published = client.waitForDiagnostics(uri, p => p.diagnostics.length > 0);
        await client.open(uri, importsNotes);
        await published;
        expect(await client.publicationsWhileIdle(1_000, 2_000, 10_000)).toBe(0);
    });
});
