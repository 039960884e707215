import type { SvgParts } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { MapSender, type DrawnMap } from '../src/preview/map-sender.js';

function mapOf(uri: string, labels: string[]): DrawnMap {
    const parts: SvgParts = {
        head: '<svg xmlns="http://www.w3.org/2000/svg">',
        parts: labels.map((label, i) => ({ key: `step:s${i}`, svg: `<text data-key="step:s${i}">${label}</text>` })),
        tail: '</svg>'
    };
    return { status: 'ok', uri, version: 1, journeyId: 'j', title: 'J', parts, sourceMap: {}, personas: [], lanes: [], warnings: [] };
}

describe('what the preview is sent for each map', () => {
    it('sends the first map whole, then a label edit of the same document as a patch of that one part', () => {
        const sender = new MapSender();
        const first = sender.messageFor(mapOf('file:///a.journey', ['Search', 'Apply', 'Sign', 'Use']));
        expect(first).toMatchObject({ type: 'render', seq: 1 });
        expect(first.type === 'render' && first.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"><text data-key="step:s0">Search</text><text data-key="step:s1">Apply</text>'
            + '<text data-key="step:s2">Sign</text><text data-key="step:s3">Use</text></svg>');
        const edit = sender.messageFor(mapOf('file:///a.journey', ['Search', 'Applies', 'Sign', 'Use']));
        expect(edit).toMatchObject({ type: 'patch', base: 1, seq: 2, ops: [{ op: 'replace', key: 'step:s1', svg: '<text data-key="step:s1">Applies</text>' }] });
        expect(sender.lastSent).toBe(`patch of 1 part, ${'<text data-key="step:s1">Applies</text>'.length} chars`);
    });

    it('sends the whole map for another document, when asked to, and after the webview lost its map', () => {
        const sender = new MapSender();
        sender.messageFor(mapOf('file:///a.journey', ['Search']));
        expect(sender.messageFor(mapOf('file:///b.journey', ['Search'])).type).toBe('render');
        expect(sender.messageFor(mapOf('file:///b.journey', ['Search']), true).type).toBe('render');
        sender.forget();
        const again = sender.messageFor(mapOf('file:///b.journey', ['Search']));
        expect(again).toMatchObject({ type: 'render', seq: 4 });
        expect(sender.lastSent).toMatch(/^whole map, \d+ chars$/);
    });
});
