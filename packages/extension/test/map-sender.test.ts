import { JourneyInsightsSchema, type DrawnMap, type SvgParts } from '@journey-maps/model';
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

/** The map with an analysis naming its hotspot `label`, compared with a baseline when `compared`. */
function withInsights(map: DrawnMap, label: string, compared = false): DrawnMap {
    const insights = JourneyInsightsSchema.parse({
        journey: 'j', kind: 'current', personas: [], opportunities: [], stages: [],
        hotspots: [{ rank: 1, step: 's1', stage: 'st', label, score: 3, reasons: [{ kind: 'pain', message: 'pain' }] }],
        ...(compared ? { comparison: { steps: [], personas: [], metrics: [], hotspots: { resolved: [], new: [], scoreBefore: 3, scoreAfter: 3 } } } : {})
    });
    return { ...map, insights };
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

    it('sends insights with a patch only when the server says they changed, while the Insights panel is open', () => {
        const sender = new MapSender();
        expect(sender.panelShown(true, undefined)).toBeUndefined();
        sender.messageFor(mapOf('m1', ['Search', 'Apply']));
        const edit = sender.messageFor(mapOf('m2', ['Search', 'Applies']), { ...relabelled, insightsChanged: true });
        expect(edit).toMatchObject({ type: 'patch', insights: null });
        const same = sender.messageFor(mapOf('m3', ['Search', 'Applies']), { ...relabelled, base: 'm2' });
        expect(same).not.toHaveProperty('insights');
    });

    it('leaves changed insights out of patches while the panel is closed, and sends the latest when it opens', () => {
        const sender = new MapSender();
        sender.messageFor(withInsights(mapOf('m1', ['Search', 'Apply']), 'Apply'));
        const edit = sender.messageFor(withInsights(mapOf('m2', ['Search', 'Applies']), 'Applies'), { ...relabelled, insightsChanged: true });
        expect(edit.type).toBe('patch');
        expect(edit).not.toHaveProperty('insights');
        const latest = withInsights(mapOf('m2', ['Search', 'Applies']), 'Applies');
        expect(sender.panelShown(true, latest)).toEqual({ type: 'insights', insights: latest.insights });
        // Sent once: opening again, or an edit that leaves them as they are, sends nothing more.
        sender.panelShown(false, latest);
        expect(sender.panelShown(true, latest)).toBeUndefined();
        expect(sender.messageFor(mapOf('m3', ['Search', 'Applies']), { ...relabelled, base: 'm2' })).not.toHaveProperty('insights');
    });

    it('sends nothing when the panel opens on insights the webview already has (the whole map brought them)', () => {
        const sender = new MapSender();
        sender.messageFor(mapOf('m1', ['Search', 'Apply']));
        sender.messageFor(mapOf('m2', ['Search', 'Applies']), { ...relabelled, insightsChanged: true });
        const whole = withInsights(mapOf('m3', ['Search', 'Applies']), 'Applies');
        sender.messageFor(whole);
        expect(sender.panelShown(true, whole)).toBeUndefined();
    });

    it('sends changed insights with a patch while the panel is closed when a comparison comes or goes (the compare toggle shows with one)', () => {
        const sender = new MapSender();
        sender.messageFor(withInsights(mapOf('m1', ['Search', 'Apply']), 'Apply'));
        const compared = withInsights(mapOf('m2', ['Search', 'Applies']), 'Applies', true);
        expect(sender.messageFor(compared, { ...relabelled, insightsChanged: true })).toMatchObject({ insights: { comparison: expect.any(Object) } });
        const again = withInsights(mapOf('m3', ['Search', 'Applied']), 'Applied', true);
        expect(sender.messageFor(again, { ...relabelled, base: 'm2', insightsChanged: true })).not.toHaveProperty('insights');
        const without = withInsights(mapOf('m4', ['Search', 'Applied']), 'Applied');
        expect(sender.messageFor(without, { ...relabelled, base: 'm3', insightsChanged: true })).toMatchObject({ insights: { hotspots: expect.any(Array) } });
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
