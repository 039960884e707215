import { describe, expect, it } from 'vitest';
import { parseWebviewMessage, PreviewStateSchema } from '../src/protocol.js';

describe('messages from the webview', () => {
    it('accepts the known messages', () => {
        expect(parseWebviewMessage({ type: 'ready' })).toEqual({ type: 'ready' });
        expect(parseWebviewMessage({ type: 'reveal', ref: 'step:fill' })).toEqual({ type: 'reveal', ref: 'step:fill' });
        expect(parseWebviewMessage({ type: 'openProblem', index: 2 })).toEqual({ type: 'openProblem', index: 2 });
        expect(parseWebviewMessage({ type: 'filters', persona: 'anna', hiddenLanes: ['pains'] })).toEqual({ type: 'filters', persona: 'anna', hiddenLanes: ['pains'] });
        expect(parseWebviewMessage({ type: 'filters', persona: null, hiddenLanes: [] })).toBeDefined();
        expect(parseWebviewMessage({ type: 'rendered', version: 3 })).toEqual({ type: 'rendered', version: 3 });
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
            { type: '__proto__' }
        ]) {
            expect(parseWebviewMessage(bad), JSON.stringify(bad)).toBeUndefined();
        }
    });

    it('parses the saved webview state with defaults', () => {
        expect(PreviewStateSchema.parse({ uri: 'file:///a.journey' })).toEqual({
            uri: 'file:///a.journey', locked: false, persona: null, hiddenLanes: []
        });
        expect(PreviewStateSchema.safeParse({ locked: true }).success).toBe(false);
    });
});
