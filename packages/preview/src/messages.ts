import type { PreviewState, WebviewToHost } from './protocol.js';

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
    return readState(api.getState());
}

/** Tolerant structural check (no zod in the browser bundle): drops what does not fit. */
export function readState(raw: unknown): PreviewState | undefined {
    if (!raw || typeof raw !== 'object') return undefined;
    const r = raw as Record<string, unknown>;
    if (typeof r.uri !== 'string') return undefined;
    const view = readView(r.view);
    const views: PreviewState['views'] = {};
    if (r.views && typeof r.views === 'object') {
        for (const [uri, raw] of Object.entries(r.views as Record<string, unknown>)) {
            const saved = readView(raw);
            if (saved) views[uri] = saved;
        }
    }
    return {
        uri: r.uri,
        locked: r.locked === true,
        ...(view ? { view } : {}),
        views,
        persona: typeof r.persona === 'string' ? r.persona : null,
        hiddenLanes: Array.isArray(r.hiddenLanes) ? r.hiddenLanes.filter((x): x is string => typeof x === 'string') : []
    };
}

function readView(raw: unknown): PreviewState['view'] {
    const v = raw as Record<string, unknown> | undefined;
    return v && typeof v === 'object' && [v.scale, v.x, v.y].every((n) => typeof n === 'number' && Number.isFinite(n)) && (v.scale as number) > 0
        ? { scale: v.scale as number, x: v.x as number, y: v.y as number, fitted: v.fitted === true }
        : undefined;
}
