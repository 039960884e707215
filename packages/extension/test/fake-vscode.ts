import type * as vscode from 'vscode';
import type { PanelHost } from '../src/preview/preview-panel.js';
import { readSettings } from '../src/settings.js';

/*
 * The few parts of VS Code's API a preview panel touches, as plain objects, for the panel's tests.
 * A test mocks 'vscode' with fakeVscodeApi (adding what it needs) and builds its panel on
 * fakeWebviewPanel and fakePanelHost.
 */

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

/** The module 'vscode' as the panel sees it; `window` is merged with the test's own. */
export function fakeVscodeApi(extra: { window?: Record<string, unknown>; [name: string]: unknown } = {}): Record<string, unknown> {
    const { window, ...rest } = extra;
    return {
        EventEmitter,
        CancellationTokenSource,
        Uri: { joinPath: (base: { toString(): string }, ...segments: string[]) => uri([base.toString(), ...segments].join('/')), parse: uri },
        // The document's version is what the panel asks for; 1 here, the map answers say which.
        workspace: { openTextDocument: async (u: unknown) => ({ uri: u, version: 1 }) },
        window: { visibleTextEditors: [], showWarningMessage: async () => undefined, activeColorTheme: { kind: 1 }, ...window },
        commands: { executeCommand: async () => undefined },
        ViewColumn: { One: 1, Two: 2 },
        ColorThemeKind: { Light: 1, Dark: 2, HighContrast: 3, HighContrastLight: 4 },
        ...rest
    };
}

/** A webview panel that records what is posted to it and lets the test report view-state changes. */
export function fakeWebviewPanel(): { panel: vscode.WebviewPanel; posted: { type: string }[]; setActive(active: boolean): void } {
    const noop = { dispose: () => undefined };
    const posted: { type: string }[] = [];
    const viewState: ((e: { webviewPanel: { active: boolean } }) => void)[] = [];
    const panel = {
        viewColumn: 2,
        webview: {
            options: {}, html: '', cspSource: 'csp',
            asWebviewUri: (u: unknown) => u,
            onDidReceiveMessage: () => noop,
            postMessage: async (m: { type: string }) => { posted.push(m); return true; }
        },
        onDidDispose: () => noop,
        onDidChangeViewState: (listener: (e: { webviewPanel: { active: boolean } }) => void) => { viewState.push(listener); return noop; },
        active: false,
        reveal: () => undefined,
        dispose: () => undefined
    };
    const setActive = (active: boolean): void => {
        // As VS Code does, the panel's own state changes before its listeners hear of it.
        panel.active = active;
        for (const listener of viewState) listener({ webviewPanel: { active } });
    };
    return { panel: panel as unknown as vscode.WebviewPanel, posted, setActive };
}

/** A panel host with default settings whose language client is `requestMap`. */
export function fakePanelHost(requestMap: PanelHost['requestMap']): PanelHost {
    return {
        extensionUri: { toString: () => 'file:///ext' } as vscode.Uri,
        log: { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as PanelHost['log'],
        settings: () => readSettings({ get: () => undefined }),
        requestMap,
        requestPng: async () => new Uint8Array(),
        exportSvg: async () => undefined,
        exportPng: async () => undefined,
        didFocus: () => undefined
    };
}
