import type { View } from './zoom-math.js';

/** The zoom chosen per document (kept in the webview state), so a document shows again as it was left. */

export interface SavedView extends View {
    fitted: boolean;
}

/** How many documents' views are kept; the least recently used go first. */
export const MAX_REMEMBERED = 30;

export function rememberView(views: Readonly<Record<string, SavedView>>, uri: string, view: SavedView): Record<string, SavedView> {
    const next: Record<string, SavedView> = {};
    const keep = Object.keys(views).filter((k) => k !== uri).slice(-(MAX_REMEMBERED - 1));
    for (const k of keep) next[k] = views[k] as SavedView;
    next[uri] = { scale: view.scale, x: view.x, y: view.y, fitted: view.fitted };
    return next;
}

/** What to show for a map of `uri` that was not on screen: its remembered view, or the first view. */
export function viewFor(views: Readonly<Record<string, SavedView>>, uri: string): SavedView | 'first' {
    return Object.hasOwn(views, uri) ? (views[uri] as SavedView) : 'first';
}
