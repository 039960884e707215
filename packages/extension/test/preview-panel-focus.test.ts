import type { DrawnMap, RenderMapResult } from '@journey-maps/model';
import type * as vscode from 'vscode';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePanelHost, fakeWebviewPanel } from './fake-vscode.js';

/** What the panel asked VS Code to show, in order. */
const shown: { uri: string; preserveFocus: boolean | undefined }[] = [];
/** What happens in VS Code while it shows a document (before its promise settles). */
let whileShowing: () => void = () => undefined;

/** VS Code's API as the panel sees it, with what a reveal adds: ranges, selections, showing a document. */
vi.mock('vscode', async () => {
    class Position { constructor(readonly line: number, readonly character: number) {} }
    class Range {
        readonly start: Position;
        readonly end: Position;
        constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
            this.start = new Position(startLine, startCharacter);
            this.end = new Position(endLine, endCharacter);
        }
    }
    class Selection { constructor(readonly anchor: Position, readonly active: Position) {} }
    return (await import('./fake-vscode.js')).fakeVscodeApi({
        Range,
        Selection,
        TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
        window: {
            showTextDocument: async (target: { toString(): string; uri?: { toString(): string } }, options: { preserveFocus?: boolean; viewColumn?: number }) => {
                const document = target.uri ? target : { uri: target };
                shown.push({ uri: document.uri!.toString(), preserveFocus: options.preserveFocus });
                whileShowing();
                return { document, viewColumn: options.viewColumn, selection: undefined, revealRange: () => undefined };
            }
        }
    });
});

const { PreviewPanel } = await import('../src/preview/preview-panel.js');

const URI = 'file:///ws/bank-onboarding.journey';

function settle(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A preview showing a map whose card `step:fill` comes from line 30, on a fake webview whose focus the test moves. */
async function previewWithMap() {
    let answer: (result: RenderMapResult) => void = () => undefined;
    const { panel: webviewPanel, setActive } = fakeWebviewPanel();
    const host = fakePanelHost(() => new Promise((resolve) => { answer = resolve; }));
    const panel = new PreviewPanel(host, webviewPanel, { toString: () => URI } as vscode.Uri, false);
    panel.receive({ type: 'ready' });
    await settle();
    const map: DrawnMap = {
        status: 'ok', uri: URI, version: 1, mapId: 'm.1', journeyId: 'j', title: 'J',
        parts: { head: '<svg>', parts: [{ key: 'step:fill', svg: '<g/>' }], tail: '</svg>' },
        sourceMap: { 'step:fill': { start: { line: 29, character: 4 }, end: { line: 29, character: 8 } } },
        personas: [], lanes: [], warnings: []
    };
    answer(map);
    await settle();
    return {
        panel,
        /** VS Code reports that the preview has become the active editor (as its focus polling does). */
        focusPreview: () => setActive(true)
    };
}

describe('a click in the preview that reveals the source', () => {
    beforeEach(() => {
        shown.length = 0;
        whileShowing = () => undefined;
        vi.useFakeTimers({ toFake: ['Date'] });
    });
    afterEach(() => vi.useRealTimers());

    it('gives focus back to the editor when the click\'s own focus reaches VS Code after the reveal', async () => {
        const t = await previewWithMap();
        t.panel.receive({ type: 'reveal', ref: 'step:fill' });
        await settle();
        expect(shown).toEqual([{ uri: URI, preserveFocus: false }]);
        // VS Code's polling of the webview's focus reports the click a poll later.
        vi.advanceTimersByTime(250);
        t.focusPreview();
        await settle();
        expect(shown).toEqual([{ uri: URI, preserveFocus: false }, { uri: URI, preserveFocus: false }]);
        // Only once: the user's next click into the preview keeps its focus.
        t.focusPreview();
        await settle();
        expect(shown).toHaveLength(2);
    });

    it('gives focus back to the editor when the click\'s own focus reaches VS Code while the editor is being shown', async () => {
        const t = await previewWithMap();
        whileShowing = () => { whileShowing = () => undefined; t.focusPreview(); };
        t.panel.receive({ type: 'reveal', ref: 'step:fill' });
        await settle();
        expect(shown).toEqual([{ uri: URI, preserveFocus: false }, { uri: URI, preserveFocus: false }]);
    });

    it('leaves focus on the preview when the user comes back to it later', async () => {
        const t = await previewWithMap();
        t.panel.receive({ type: 'reveal', ref: 'step:fill' });
        await settle();
        vi.advanceTimersByTime(2_000);
        t.focusPreview();
        await settle();
        expect(shown).toHaveLength(1);
    });
});
