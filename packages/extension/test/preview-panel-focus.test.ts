import type { DrawnMap, RenderMapResult } from '@journey-maps/model';
import type * as vscode from 'vscode';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelHost } from '../src/preview/preview-panel.js';
import { readSettings } from '../src/settings.js';

/** What the panel asked VS Code to show, in order. */
const shown: { uri: string; preserveFocus: boolean | undefined }[] = [];

/** The few parts of VS Code's API a click to the source touches, as plain objects. */
vi.mock('vscode', () => {
    class EventEmitter<T> {
        private listeners: ((e: T) => void)[] = [];
        event = (listener: (e: T) => void) => { this.listeners.push(listener); return { dispose: () => undefined }; };
        fire(e: T): void { for (const l of this.listeners) l(e); }
        dispose(): void { this.listeners = []; }
    }
    class CancellationTokenSource {
        token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
        cancel(): void { this.token.isCancellationRequested = true; }
        dispose(): void { /* nothing held */ }
    }
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
    const uri = (s: string) => ({ toString: () => s, fsPath: s.replace('file://', '') });
    return {
        EventEmitter,
        CancellationTokenSource,
        Range,
        Selection,
        TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
        Uri: { joinPath: (base: { toString(): string }, ...segments: string[]) => uri([base.toString(), ...segments].join('/')), parse: uri },
        workspace: { openTextDocument: async (u: unknown) => ({ uri: u, version: 1 }) },
        window: {
            visibleTextEditors: [],
            activeColorTheme: { kind: 1 },
            showWarningMessage: async () => undefined,
            showTextDocument: async (target: { toString(): string; uri?: { toString(): string } }, options: { preserveFocus?: boolean; viewColumn?: number }) => {
                const document = target.uri ? target : { uri: target };
                shown.push({ uri: document.uri!.toString(), preserveFocus: options.preserveFocus });
                return { document, viewColumn: options.viewColumn, selection: undefined, revealRange: () => undefined };
            }
        },
        commands: { executeCommand: async () => undefined },
        ViewColumn: { One: 1, Two: 2 },
        ColorThemeKind: { Light: 1, Dark: 2, HighContrast: 3, HighContrastLight: 4 }
    };
});

const { PreviewPanel } = await import('../src/preview/preview-panel.js');

const URI = 'file:///ws/bank-onboarding.journey';

function settle(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A preview showing a map whose card `step:fill` comes from line 30, on a fake webview whose focus the test moves. */
async function previewWithMap() {
    const noop = { dispose: () => undefined };
    const viewState: ((e: { webviewPanel: { active: boolean } }) => void)[] = [];
    let answer: (result: RenderMapResult) => void = () => undefined;
    const webviewPanel = {
        viewColumn: 2,
        webview: { options: {}, html: '', cspSource: 'csp', asWebviewUri: (u: unknown) => u, onDidReceiveMessage: () => noop, postMessage: async () => true },
        onDidDispose: () => noop,
        onDidChangeViewState: (listener: (e: { webviewPanel: { active: boolean } }) => void) => { viewState.push(listener); return noop; },
        reveal: () => undefined,
        dispose: () => undefined
    } as unknown as vscode.WebviewPanel;
    const host: PanelHost = {
        extensionUri: { toString: () => 'file:///ext' } as vscode.Uri,
        log: { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as PanelHost['log'],
        settings: () => readSettings({ get: () => undefined }),
        requestMap: () => new Promise((resolve) => { answer = resolve; }),
        requestPng: async () => new Uint8Array(),
        exportSvg: async () => undefined,
        exportPng: async () => undefined,
        didFocus: () => undefined
    };
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
        focusPreview: () => { for (const listener of viewState) listener({ webviewPanel: { active: true } }); }
    };
}

describe('a click in the preview that reveals the source', () => {
    beforeEach(() => {
        shown.length = 0;
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
