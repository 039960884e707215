import { joinSvgParts, type RenderMapResult, type SvgParts } from '@journey-maps/model';
import { diffSvgParts } from '@journey-maps/preview/map-diff';
import type { HostToWebview } from './messages.js';

export type DrawnMap = Extract<RenderMapResult, { status: 'ok' }>;
export type MapMessage = Extract<HostToWebview, { type: 'render' | 'patch' }>;

/**
 * What the webview is sent for each new map of its document: only the changed parts when it holds
 * the previous map of the same document and the renderer's parts say a few changed (a label
 * edit), else the whole map. Half a megabyte of SVG per keystroke is what made large maps slow to
 * follow typing. Keeps the map the webview holds, as last sent, and numbers the maps for patches.
 */
export class MapSender {
    private sent: { seq: number; uri: string; parts: SvgParts } | undefined;
    private nextSeq = 1;
    /** What the last message carried, for the timing log: "patch of 1 part, 400 chars". */
    lastSent = '';

    messageFor(map: DrawnMap, forceFull = false): MapMessage {
        const sent = this.sent;
        const ops = !forceFull && sent?.uri === map.uri ? diffSvgParts(sent.parts, map.parts) : undefined;
        const seq = this.nextSeq++;
        const common = { uri: map.uri, version: map.version, title: map.title, personas: map.personas, lanes: map.lanes, insights: map.insights };
        this.sent = { seq, uri: map.uri, parts: map.parts };
        if (sent && ops) {
            this.lastSent = `patch of ${ops.length} part${ops.length === 1 ? '' : 's'}, ${size(ops.reduce((n, op) => n + (op.op === 'remove' ? 0 : op.svg.length), 0))}`;
            return { type: 'patch', ...common, base: sent.seq, seq, ops };
        }
        const svg = joinSvgParts(map.parts);
        this.lastSent = `whole map, ${size(svg.length)}`;
        return { type: 'render', ...common, svg, seq };
    }

    /** The webview holds no map any more (it restarted, or shows another document or none). */
    forget(): void {
        this.sent = undefined;
    }
}

/** The size of some markup, as characters (about bytes: the renderer's markup is mostly ASCII). */
function size(chars: number): string {
    return chars < 10_240 ? `${chars} chars` : `${Math.round(chars / 1024)} KiB`;
}
