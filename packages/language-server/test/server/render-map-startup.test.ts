import { RenderMapMethod, RenderMapResultSchema } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { exampleTexts } from '../lsp/lsp-test-services.js';
import { stdioSession } from './stdio-session.js';

const session = stdioSession('journey-startup-');
const onboarding = (): string => exampleTexts().get('bank-onboarding.journey')!;

/** A folder the size of a team's maps: the server takes a while to load it after `initialized`. */
function workspaceOfMaps(): string {
    const texts = exampleTexts();
    const files: Record<string, string> = { 'bank-people.journey': texts.get('bank-people.journey')!, 'bank-onboarding.journey': onboarding() };
    for (let i = 0; i < 40; i++) {
        files[`copy-${i}.journey`] = texts.get('car-claim.journey')!.replace(/journey (\w+)/, `journey $1${i}`);
    }
    return session.folderWith(files);
}

describe('a preview restored while the server starts', () => {
    it('gets its map when it asks before the workspace has loaded (a window reload)', async () => {
        const dir = workspaceOfMaps();
        const client = await session.start(dir);
        const uri = `file://${dir}/bank-onboarding.journey`;
        // What a restored preview does at once: the editor opens the file and the webview asks for its map.
        await client.open(uri, onboarding());
        const answer = RenderMapResultSchema.parse(await client.connection.sendRequest(RenderMapMethod, { uri, version: 1 }));
        expect(answer.status).toBe('ok');
    });

    it('gets the map of a file outside the workspace it asks for as soon as the file is opened', async () => {
        const dir = workspaceOfMaps();
        const client = await session.start(dir);
        // The workspace has loaded: its own file's map is drawn.
        const inside = `file://${dir}/bank-onboarding.journey`;
        await client.open(inside, onboarding());
        expect(RenderMapResultSchema.parse(await client.connection.sendRequest(RenderMapMethod, { uri: inside, version: 1 })).status).toBe('ok');
        const uri = `file://${session.folderWith({})}/alone.journey`;
        await client.open(uri, 'persona p\njourney j {\n  for p\n  stage s {\n    step a { by p emotion 1 }\n  }\n}\n');
        const answer = RenderMapResultSchema.parse(await client.connection.sendRequest(RenderMapMethod, { uri, version: 1 }));
        expect(answer.status).toBe('ok');
    });
});
