import { parsePreviewState, type PreviewState, type WebviewToHost } from './protocol.js';

/** The webview's side of the channel to the host. The VS Code API object stays private to this module. */

interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = acquireVsCodeApi();

export function post(message: WebviewToHost): void {
    api.postMessage(message);
}

export function saveState(state: PreviewState): void {
    api.setState(state);
}

/** The state VS Code kept for this webview (after a reload or when the tab was hidden). */
export function loadState(): PreviewState | undefined {
    return parsePreviewState(api.getState());
}
