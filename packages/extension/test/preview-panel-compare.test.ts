import { joinSvgParts, type DrawnMap, type RenderMapResult } from '@journey-maps/model';
import type { PreviousVersion } from '@journey-maps/model/lsp';
import type * as vscode from 'vscode';
import { describe, expect, it, vi } from 'vitest';
import type { MapRequest, PanelHost } from '../src/preview/preview-panel.js';
import { readSettings } from '../src/settings.js';

/** The few parts of VS Code's API a preview panel touches, as plain objects. */
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
    const uri = (s: string) => ({ toString: () => s, fsPath: s.replace('file://', '') });
    return {
        EventEmitter,
        CancellationTokenSource,
        Uri: { joinPath: (base: { toString(): string }, ...segments: string[]) => uri([base.toString(), ...segments].join('/')), parse: uri },
        // The document's version is what the panel asks for; 1 here, the map answers say which.
        workspace: { openTextDocument: async (u: unknown) => ({ uri: u, version: 1 }) },
        window: { visibleTextEditors: [], showWarningMessage: async () => undefined, activeColorTheme: { kind: 1 } },
        commands: { executeCommand: async () => undefined },
        ViewColumn: { One: 1, Two: 2 },
        ColorThemeKind: { Light: 1, Dark: 2, HighContrast: 3, HighContrastLight: 4 }
    };
});

const { PreviewPanel } = await import('../src/preview/preview-panel.js');

const URI = 'file:///ws/bank-future.journey';
const HEAD: PreviousVersion = { label: 'HEAD', commit: '0123456789abcdef0123456789abcdef01234567', text: 'journey j {}' };

/** A map as the server draws it: with the comparison's parts when asked, else without. */
function drawn(mapId: string, compared: boolean): DrawnMap {
    const parts = [{ key: 'stage:apply', svg: '<rect class="jm-stage"/>' }, ...(compared ? [{ key: 'removed:apply', svg: '<g class="jm-baseline jm-removed"/>' }] : [])];
    return { status: 'ok', uri: URI, version: 1, mapId, journeyId: 'j', title: 'J', parts: { head: '<svg>', parts, tail: '</svg>' }, sourceMap: {}, personas: [], lanes: [], warnings: [] };
}

interface Asked {
    request: MapRequest;
    answer(result: RenderMapResult): void;
}

/** A panel on a fake webview and a fake language client, which answers each request only when the test says. */
function panel(restoredCompare = false) {
    const asked: Asked[] = [];
    const posted: { type: string }[] = [];
    const noop = { dispose: () => undefined };
    const webviewPanel = {
        webview: {
            options: {}, html: '', cspSource: 'csp',
            asWebviewUri: (u: unknown) => u,
            onDidReceiveMessage: () => noop,
            postMessage: async (m: { type: string }) => { posted.push(m); return true; }
        },
        onDidDispose: () => noop,
        onDidChangeViewState: () => noop,
        reveal: () => undefined,
        dispose: () => undefined
    } as unknown as vscode.WebviewPanel;
    const host: PanelHost = {
        extensionUri: { toString: () => 'file:///ext' } as vscode.Uri,
        log: { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as PanelHost['log'],
        settings: () => readSettings({ get: () => undefined }),
        requestMap: (request) => new Promise((resolve) => asked.push({ request, answer: resolve })),
        requestPng: async () => new Uint8Array(),
        exportSvg: async () => undefined,
        exportPng: async () => undefined,
        didFocus: () => undefined
    };
    const p = new PreviewPanel(host, webviewPanel, { toString: () => URI } as vscode.Uri, false, restoredCompare);
    return {
        panel: p,
        asked,
        posted,
        /** Lets the panel's pending promises run (it opens the document before it asks). */
        settle
    };
}

/** Lets a panel's pending promises run (it opens the document before it asks). */
function settle(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A panel whose webview is ready and shows the map drawn alone (`m.1`), with Compare off. */
async function panelShowingMapAlone() {
    const t = panel();
    t.panel.receive({ type: 'ready' });
    await settle();
    t.asked[0]!.answer(drawn('m.1', false));
    await settle();
    return t;
}

describe('the preview panel and the Compare toggle', () => {
    it('asks the server for the map drawn with the comparison when the webview turns Compare on, once, and alone when it turns it off', async () => {
        const t = panel();
        t.panel.receive({ type: 'ready' });
        await t.settle();
        expect(t.asked.map((a) => a.request.compare)).toEqual([false]);
        t.asked[0]!.answer(drawn('m.1', false));
        await t.settle();

        t.panel.receive({ type: 'compare', on: true });
        await t.settle();
        expect(t.asked).toHaveLength(2);
        // Named with the map it holds, so the server may answer with what changed.
        expect(t.asked[1]!.request).toMatchObject({ uri: URI, compare: true, base: 'm.1' });
        expect(t.asked[1]!.request.previous).toBeUndefined();
        // The same state again (the webview reloaded) is no new drawing.
        t.panel.receive({ type: 'compare', on: true });
        await t.settle();
        expect(t.asked).toHaveLength(2);
        t.asked[1]!.answer(drawn('m.2', true));
        await t.settle();

        t.panel.receive({ type: 'compare', on: false });
        await t.settle();
        expect(t.asked.map((a) => a.request.compare)).toEqual([false, true, false]);
        expect(t.asked[2]!.request.base).toBe('m.2');
    });

    it('asks a panel restored after a reload once, with the toggle its webview restores', async () => {
        const t = panel(true);
        // The webview says what it restored, then that it is ready.
        t.panel.receive({ type: 'compare', on: true });
        t.panel.receive({ type: 'ready' });
        await t.settle();
        expect(t.asked.map((a) => a.request.compare)).toEqual([true]);
    });

    it('exports the map on screen: the one drawn alone until the compared one has come', async () => {
        const t = await panelShowingMapAlone();
        t.panel.receive({ type: 'compare', on: true });
        await t.settle();
        expect(t.panel.svg).toBe(joinSvgParts(drawn('m.1', false).parts));
        t.asked[1]!.answer(drawn('m.2', true));
        await t.settle();
        expect(t.panel.svg).toBe(joinSvgParts(drawn('m.2', true).parts));
        expect(t.panel.svg).toContain('jm-removed');
    });

    it('keeps the last good map when the file has errors as Compare is turned on', async () => {
        const t = await panelShowingMapAlone();
        t.panel.receive({ type: 'compare', on: true });
        await t.settle();
        t.asked[1]!.answer({ status: 'errors', uri: URI, version: 1, errors: [] });
        await t.settle();
        expect(t.panel.shownStatus).toBe('errors');
        expect(t.panel.svg).toBe(joinSvgParts(drawn('m.1', false).parts));
        expect(t.posted.at(-1)?.type).toBe('errors');
    });

    it('asks once for Compare with Previous Version, whose toggle the webview turns on, and once for the map alone when it stops', async () => {
        const t = await panelShowingMapAlone();
        t.panel.compareWith(HEAD);
        await t.settle();
        // The webview shows "Compared with HEAD" with its toggle on, and says so.
        t.panel.receive({ type: 'compare', on: true });
        await t.settle();
        expect(t.asked).toHaveLength(2);
        expect(t.asked[1]!.request.previous).toEqual(HEAD);
        t.asked[1]!.answer(drawn('m.2', true));
        await t.settle();

        t.panel.receive({ type: 'stopComparing' });
        await t.settle();
        t.panel.receive({ type: 'compare', on: false });
        await t.settle();
        expect(t.asked).toHaveLength(3);
        expect(t.asked[2]!.request).toMatchObject({ compare: false, base: 'm.2' });
        expect(t.asked[2]!.request.previous).toBeUndefined();
    });
});
