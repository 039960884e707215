import { joinSvgParts, markupChange, type DrawnMap, type PartChange } from '@journey-maps/model';
import type { HostToWebview } from './messages.js';

export type { DrawnMap };
export type MapMessage = Extract<HostToWebview, { type: 'render' | 'patch' }>;
export type InsightsMessage = Extract<HostToWebview, { type: 'insights' }>;

/** What the server said changed from the map the extension held to this one (journey/renderMap's `changes`). */
export interface ServerChanges {
    /** The map the changes start from. */
    base: string;
    parts: readonly PartChange[];
    insightsChanged: boolean;
}

/**
 * What the webview is sent for each new map of its document: the server's changes to the parts,
 * as markup, when the webview shows the map they start from (a label edit changes one part of
 * hundreds), else the whole map. The server is the one that compares maps; this only knows which
 * map the webview holds, and numbers the maps for patches.
 */
export class MapSender {
    private shown: { seq: number; mapId: string } | undefined;
    private nextSeq = 1;
    /** What the last message carried, for the timing log: "patch of 1 part, 400 chars". */
    lastSent = '';
    /** The webview's Insights panel is open (it says so at each change). */
    private panelOpen = false;
    /** Patches left out insights that changed: the webview's are older than the map's. */
    private insightsBehind = false;
    /** The insights the webview holds have a comparison (its compare toggle shows while they do). */
    private comparisonShown = false;

    messageFor(map: DrawnMap, changes?: ServerChanges): MapMessage {
        const shown = this.shown;
        const seq = this.nextSeq++;
        const common = { uri: map.uri, version: map.version, title: map.title, personas: map.personas, lanes: map.lanes };
        this.shown = { seq, mapId: map.mapId };
        if (shown && changes && changes.base === shown.mapId) {
            const ops = changes.parts.map(markupChange);
            const chars = ops.reduce((n, op) => n + (op.op === 'remove' ? 0 : op.svg.length), 0);
            this.lastSent = `patch of ${ops.length} part${ops.length === 1 ? '' : 's'}, ${size(chars)}${changes.insightsChanged ? ', new insights' : ''}`;
            // Insights the webview already shows are not sent again (it would redraw its panel), nor
            // while its panel is closed (on a 200-step map they are 60 KB, ten times the patch):
            // they follow when it opens. A comparison that comes or goes is sent, for the toggle.
            const send = changes.insightsChanged && (this.panelOpen || this.hasComparison(map) !== this.comparisonShown);
            this.insightsBehind = changes.insightsChanged ? !send : this.insightsBehind;
            if (send) this.comparisonShown = this.hasComparison(map);
            const insights = send ? { insights: map.insights ?? null } : {};
            return { type: 'patch', ...common, ...insights, base: shown.seq, seq, ops };
        }
        const svg = joinSvgParts(map.parts);
        this.lastSent = `whole map, ${size(svg.length)}`;
        this.insightsBehind = false;
        this.comparisonShown = this.hasComparison(map);
        return { type: 'render', ...common, insights: map.insights, svg, seq };
    }

    /**
     * The webview's Insights panel opened or closed; `map` is the one last sent. The insights the
     * patches left out while it was closed, when it opens.
     */
    panelShown(open: boolean, map: DrawnMap | undefined): InsightsMessage | undefined {
        this.panelOpen = open;
        if (!open || !this.insightsBehind || !map || !this.shown) return undefined;
        this.insightsBehind = false;
        this.comparisonShown = this.hasComparison(map);
        return { type: 'insights', insights: map.insights ?? null };
    }

    private hasComparison(map: DrawnMap): boolean {
        return map.insights?.comparison !== undefined;
    }

    /** The webview holds no map any more (it restarted, or shows another document or none). */
    forget(): void {
        this.shown = undefined;
    }
}

/** The size of some markup, as characters (about bytes: the renderer's markup is mostly ASCII). */
function size(chars: number): string {
    return chars < 10_240 ? `${chars} chars` : `${Math.round(chars / 1024)} KiB`;
}
