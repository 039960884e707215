import { describe, expect, it } from 'vitest';
import { MapChangeNotifier } from '../../src/server/map-change-notifier.js';
import { TestWorkspace, uriOf } from '../lsp/lsp-test-services.js';

const people = 'persona anna "Anna"\nchannel web "Website" { digital }\n';
const map = 'import "people.journey"\njourney j {\n  for anna\n  stage s {\n    step look { via web emotion 1 }\n  }\n}\n';
const unrelated = 'persona ola "Ola"\nchannel web "Website" { digital }\njourney other {\n  for ola\n  stage s {\n    step go { via web emotion 0 }\n  }\n}\n';

/** A workspace whose notifier records what it would send, flushing at once. */
async function notifying(files: Record<string, string>) {
    const workspace = await TestWorkspace.of(files);
    const sent: string[][] = [];
    new MapChangeNotifier(workspace.services.shared, { sendNotification: (_type, params) => void sent.push([...params.uris].sort()) }, 0);
    const settled = () => new Promise(resolve => setTimeout(resolve, 10));
    return { workspace, sent, settled };
}

describe('telling the client which maps changed', () => {
    it('names the importer when an imported file changes, not the changed file itself', async () => {
        const { workspace, sent, settled } = await notifying({ 'people.journey': people, 'map.journey': map, 'other.journey': unrelated });
        await workspace.set(new Map([['people.journey', people.replace('"Anna"', '"Anna, 34"')]]));
        await settled();
        expect(sent).toEqual([[uriOf('map.journey').toString()]]);
    });

    it('names the importer even when it uses nothing of the changed file', async () => {
        const { workspace, sent, settled } = await notifying({ 'people.journey': people, 'lonely.journey': 'import "people.journey"\n' + unrelated });
        await workspace.set(new Map([['people.journey', people + 'team sales "Sales"\n']]));
        await settled();
        expect(sent.flat()).toContain(uriOf('lonely.journey').toString());
    });

    it('says nothing when only the edited map itself was rebuilt', async () => {
        const { workspace, sent, settled } = await notifying({ 'people.journey': people, 'map.journey': map });
        await workspace.set(new Map([['map.journey', map.replace('emotion 1', 'emotion 2')]]));
        await settled();
        expect(sent).toEqual([]);
    });

    it('merges the rebuilds of many changed files into one notification', async () => {
        const workspace = await TestWorkspace.of({ 'people.journey': people, 'map.journey': map, 'second.journey': map.replace('journey j', 'journey k') });
        const sent: string[][] = [];
        new MapChangeNotifier(workspace.services.shared, { sendNotification: (_type, params) => void sent.push([...params.uris].sort()) }, 30);
        await workspace.set(new Map([['people.journey', people + '\n']]));
        await workspace.set(new Map([['people.journey', people + '\n\n']]));
        await new Promise(resolve => setTimeout(resolve, 60));
        expect(sent).toEqual([[uriOf('map.journey').toString(), uriOf('second.journey').toString()]]);
    });
});
