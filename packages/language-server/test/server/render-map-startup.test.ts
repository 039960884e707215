import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RenderMapMethod, RenderMapResultSchema } from '@journey-maps/model';
import { afterEach, describe, expect, it } from 'vitest';
import { StdioLanguageClient } from '../../bench/lsp/stdio-client.js';
import { exampleTexts } from '../lsp/lsp-test-services.js';

let folder: string;
let client: StdioLanguageClient | undefined;

afterEach(async () => {
    if (client?.alive) {
        await client.stop();
    }
    client = undefined;
    rmSync(folder, { recursive: true, force: true });
});

/** A folder the size of a team's maps: the server takes a while to load it after `initialized`. */
function workspaceOfMaps(): string {
    folder = mkdtempSync(join(tmpdir(), 'journey-startup-'));
    const texts = exampleTexts();
    for (const name of ['bank-people.journey', 'bank-onboarding.journey']) {
        writeFileSync(join(folder, name), texts.get(name)!);
    }
    for (let i = 0; i < 40; i++) {
        writeFileSync(join(folder, `copy-${i}.journey`), texts.get('car-claim.journey')!.replace(/journey (\w+)/, `journey $1${i}`));
    }
    return folder;
}

describe('a preview restored while the server starts', () => {
    it('gets its map when it asks before the workspace has loaded (a window reload)', async () => {
        const dir = workspaceOfMaps();
        client = await StdioLanguageClient.start(dir);
        const uri = `file://${dir}/bank-onboarding.journey`;
        // What a restored preview does at once: the editor opens the file and the webview asks for its map.
        await client.open(uri, exampleTexts().get('bank-onboarding.journey')!);
        const answer = RenderMapResultSchema.parse(await client.connection.sendRequest(RenderMapMethod, { uri, version: 1 }));
        expect(answer.status).toBe('ok');
    });

    it('gets the map of a file outside the workspace it asks for as soon as the file is opened', async () => {
        const dir = workspaceOfMaps();
        client = await StdioLanguageClient.start(dir);
        // The workspace has loaded: its own file's map is drawn.
        const inside = `file://${dir}/bank-onboarding.journey`;
        await client.open(inside, exampleTexts().get('bank-onboarding.journey')!);
        expect(RenderMapResultSchema.parse(await client.connection.sendRequest(RenderMapMethod, { uri: inside, version: 1 })).status).toBe('ok');
        const outside = mkdtempSync(join(tmpdir(), 'journey-outside-'));
        try {
            const uri = `file://${outside}/alone.journey`;
            await client.open(uri, 'persona p\njourney j {\n  for p\n  stage s {\n    step a { by p emotion 1 }\n  }\n}\n');
            const answer = RenderMapResultSchema.parse(await client.connection.sendRequest(RenderMapMethod, { uri, version: 1 }));
            expect(answer.status).toBe('ok');
        } finally {
            rmSync(outside, { recursive: true, force: true });
        }
    });
});
