import { describe, expect, it } from 'vitest';
import { parseHostMessage, parsePreviewState, parseWebviewMessage, PreviewStateSchema } from '../src/protocol.js';

describe('messages from the webview', () => {
    it('accepts the known messages', () => {
        expect(parseWebviewMessage({ type: 'ready' })).toEqual({ type: 'ready' });
        expect(parseWebviewMessage({ type: 'reveal', ref: 'step:fill' })).toEqual({ type: 'reveal', ref: 'step:fill' });
        expect(parseWebviewMessage({ type: 'openProblem', index: 2 })).toEqual({ type: 'openProblem', index: 2 });
        expect(parseWebviewMessage({ type: 'filters', persona: 'anna', hiddenLanes: ['pains'] })).toEqual({ type: 'filters', persona: 'anna', hiddenLanes: ['pains'] });
        expect(parseWebviewMessage({ type: 'filters', persona: null, hiddenLanes: [] })).toBeDefined();
        expect(parseWebviewMessage({ type: 'rendered', version: 3 })).toEqual({ type: 'rendered', version: 3 });
        expect(parseWebviewMessage({ type: 'insightsShown', open: true })).toEqual({ type: 'insightsShown', open: true });
    });

    it('drops unknown types, extra fields and wrong shapes', () => {
        for (const bad of [
            null, 'ready', 42, {}, { type: 'runCommand', command: 'workbench.action.terminal.new' },
            { type: 'ready', extra: 1 },
            { type: 'reveal' }, { type: 'reveal', ref: '' }, { type: 'reveal', ref: 'x'.repeat(300) },
            { type: 'openProblem', index: -1 }, { type: 'openProblem', index: 1.5 }, { type: 'openProblem', index: '1' },
            { type: 'openProblem', uri: 'file:///etc/passwd', index: 0 },
            { type: 'pngData', requestId: 1, dataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
            { type: 'filters', persona: '', hiddenLanes: [] }, { type: 'filters', persona: null, hiddenLanes: [1] },
            { type: 'filters', persona: null },
            { type: 'insightsShown' }, { type: 'insightsShown', open: 'yes' },
            { type: '__proto__' }
        ]) {
            expect(parseWebviewMessage(bad), JSON.stringify(bad)).toBeUndefined();
        }
    });

    it('keeps what fits of a saved state and defaults the rest', () => {
        expect(parsePreviewState({ uri: 'file:///a.journey', locked: 'yes', view: { scale: -1, x: 0, y: 0 }, persona: 'anna', hiddenLanes: 'pains' })).toEqual({
            uri: 'file:///a.journey', locked: false, views: {}, persona: 'anna', hiddenLanes: [], insightsOpen: false, compare: false
        });
        expect(parsePreviewState({ uri: 'u', view: { scale: 2, x: 1, y: 2 } })?.view).toEqual({ scale: 2, x: 1, y: 2, fitted: false });
        expect(parsePreviewState(undefined)).toBeUndefined();
    });

    it('parses the saved webview state with defaults', () => {
        expect(PreviewStateSchema.parse({ uri: 'file:///a.journey' })).toEqual({
            uri: 'file:///a.journey', locked: false, views: {}, persona: null, hiddenLanes: [], insightsOpen: false, compare: false
        });
        expect(PreviewStateSchema.safeParse({ locked: true }).success).toBe(false);
        const views = { 'file:///a.journey': { scale: 0.8, x: 16, y: 16, fitted: false }, 'file:///b.journey': { scale: 0.2, x: 30, y: 16, fitted: true } };
        expect(PreviewStateSchema.parse({ uri: 'file:///a.journey', views }).views).toEqual(views);
        // A remembered zoom that does not fit is forgotten, not the whole state.
        expect(PreviewStateSchema.parse({ uri: 'file:///a.journey', views: { 'file:///a.journey': { scale: -1, x: 0, y: 0 } } }).views).toEqual({});
    });
});

describe('messages from the host', () => {
    const map = { uri: 'file:///a.journey', version: 3, title: 'A', seq: 2, personas: [{ id: 'anna', label: 'Anna' }], lanes: [] };

    it('accepts a whole map, a patch and the other known messages', () => {
        const render = { type: 'render', ...map, svg: '<svg/>' };
        expect(parseHostMessage(render)).toEqual(render);
        const patch = {
            type: 'patch', ...map, base: 1,
            ops: [
                { op: 'remove', key: 'item:pains:a:0' },
                { op: 'replace', key: 'step:a', svg: '<g data-key="step:a"/>' },
                { op: 'insert', key: 'step:b', svg: '<g data-key="step:b"/>', parent: 'flow', before: null }
            ]
        };
        expect(parseHostMessage(patch)).toEqual(patch);
        // A patch carries insights only when they changed (null: the map has none now).
        expect(parseHostMessage({ ...patch, insights: null })).toEqual({ ...patch, insights: null });
        expect(parseHostMessage({ ...render, insights: null })).toBeUndefined();
        for (const m of [
            { type: 'errors', uri: 'u', version: 1, problems: [{ message: 'm', severity: 'error', code: 'c', location: 'a.journey:1:1' }] },
            { type: 'reset', uri: 'u', fileName: 'a.journey' },
            { type: 'noJourney', uri: 'u', version: 1, message: 'none' },
            { type: 'failed', uri: 'u', message: 'The map of a.journey could not be drawn: the server stopped.' },
            { type: 'highlight', ref: null, reveal: false },
            { type: 'options', personaFilter: 'hide' },
            { type: 'zoom', action: 'fit' },
            { type: 'locked', locked: true, fileName: 'a.journey' },
            // The insights patches left out while the Insights panel was closed.
            { type: 'insights', insights: null }
        ]) {
            expect(parseHostMessage(m), m.type).toEqual(m);
        }
    });

    it('drops a map or patch of the wrong shape rather than half-applying it', () => {
        for (const bad of [
            null, 'render', { type: 'render', ...map }, { type: 'render', ...map, svg: 42 },
            { type: 'patch', ...map, base: 1, changes: [] },
            { type: 'patch', ...map, base: 1, ops: [{ op: 'move', key: 'a' }] },
            { type: 'patch', ...map, base: 1, ops: [{ op: 'replace', key: '', svg: '<g/>' }] },
            { type: 'patch', ...map, base: 1, ops: [{ op: 'insert', key: 'a', svg: '<g/>', parent: 'g' }] },
            { type: 'patch', ...map, base: -1, ops: [] },
            { type: 'zoom', action: 'spin' },
            { type: 'highlight', ref: 'step:a' },
            // The server draws PNGs now: the webview is never asked for one.
            { type: 'renderPng', requestId: 1, scale: 2 },
            { type: 'options', personaFilter: 'blur' },
            { type: 'failed', uri: 'u' },
            { type: 'insights' }, { type: 'insights', insights: { hotspots: 'many' } },
            { type: 'errors', uri: 'u', version: 1, problems: [{ message: 'm', severity: 'fatal', code: 'c', location: 'l' }] }
        ]) {
            expect(parseHostMessage(bad), JSON.stringify(bad)).toBeUndefined();
        }
    });
});
