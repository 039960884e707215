import type { DrawnMap, SvgParts } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { MapSender } from '../src/preview/map-sender.js';

function mapOf(mapId: string, labels: string[]): DrawnMap {
    const parts: SvgParts = {
        head: '<svg xmlns="http://www.w3.org/2000/svg">',
        parts: labels.map((label, i) => ({ key: `step:s${i}`, svg: `<text data-key="step:s${i}">${label}</text>` })),
        tail: '</svg>'
    };
    return { status: 'ok', uri: 'file:///a.journey', version: 1, mapId, journeyId: 'j', title: 'J', parts, sourceMap: {}, personas: [], lanes: [], warnings: [] };
}

const applies = '<text data-key="step:s1">Applies</text>';
const relabelled = { base: 'm1', parts: [{ op: 'replace' as const, part: { key: 'step:s1', svg: applies } }], insightsChanged: false };

describe('what the preview is sent for each map', () => {
    it('sends the first map whole, then the server\'s changes from the map the webview shows as a patch of those parts', () => {
        const sender = new MapSender();
        const first = sender.messageFor(mapOf('m1', ['Search', 'Apply', 'Sign', 'Use']));
        expect(first).toMatchObject({ type: 'render', seq: 1 });
        expect(first.type === 'render' && first.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"><text data-key="step:s0">Search</text><text data-key="step:s1">Apply</text>'
            + '<text data-key="step:s2">Sign</text><text data-key="step:s3">Use</text></svg>');
        const edit = sender.messageFor(mapOf('m2', ['Search', 'Applies', 'Sign', 'Use']), relabelled);
        expect(edit).toEqual({ type: 'patch', uri: 'file:///a.journey', version: 1, title: 'J', personas: [], lanes: [], base: 1, seq: 2, ops: [{ op: 'replace', key: 'step:s1', svg: applies }] });
        expect(sender.lastSent).toBe(`patch of 1 part, ${applies.length} chars`);
    });

    it('sends insights with a patch only when the server says they changed', () => {
        const sender = new MapSender();
        sender.messageFor(mapOf('m1', ['Search', 'Apply']));
        const edit = sender.messageFor(mapOf('m2', ['Search', 'Applies']), { ...relabelled, insightsChanged: true });
        expect(edit).toMatchObject({ type: 'patch', insights: null });
    });

    it('sends the whole map when the changes start from a map the webview does not show, and after it lost its map', () => {
        const sender = new MapSender();
        sender.messageFor(mapOf('m1', ['Search', 'Apply']));
        expect(sender.messageFor(mapOf('m3', ['Search', 'Applies']), { ...relabelled, base: 'm2' }).type).toBe('render');
        expect(sender.messageFor(mapOf('m3', ['Search', 'Applies'])).type).toBe('render');
        sender.forget();
        const again = sender.messageFor(mapOf('m4', ['Search', 'Applies']), { ...relabelled, base: 'm3' });
        expect(again).toMatchObject({ type: 'render', seq: 4 });
        expect(sender.lastSent).toMatch(/^whole map, \d+ chars$/);
    });
});
