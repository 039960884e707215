import type { FlowLayout } from './layout-flow.js';
import { M } from './metrics.js';
import type { PreparedFlow } from './prepare-flow.js';

/**
 * Where the flow's x positions go across the map: right of the lane titles, and on a wide map
 * further right past each column of repeated lane titles. Those columns are put in at stage
 * boundaries every few stages, so a reader of an exported image far from the left edge still sees
 * what each lane is. Everything right of a boundary moves by the same amount, so ELK's orthogonal
 * edges stay orthogonal.
 */
export interface MapAcross {
    /** x of the flow's origin (right of the lane titles). */
    left: number;
    /** Left edge of each column of repeated titles, left to right. */
    repeats: number[];
    /** The map x of a flow x. */
    x(flowX: number): number;
    /** The flow's width on the map, repeated titles included. */
    width: number;
    /** Equal for two maps exactly when their x mapping is. */
    key: string;
}

/** Width of a column of repeated lane titles: as wide as the one on the left. */
export const REPEAT_WIDTH = M.laneTitleWidth + M.gutter;
/** Lane titles repeat at the first stage boundary this far (px) right of the last titles... */
const REPEAT_EVERY = 1400;
/** ...unless the map ends sooner than this after it. */
const REPEAT_MIN_REST = 400;

export function placeAcross(prep: PreparedFlow, flow: FlowLayout): MapAcross {
    const left = M.margin + M.laneTitleWidth + M.gutter;
    const boundaries: number[] = [];
    let last = 0;
    for (let i = 1; i < prep.columns.length; i++) {
        if (prep.columns[i]?.stageIndex === prep.columns[i - 1]?.stageIndex) continue;
        const before = (flow.nodes[i - 1]?.x ?? 0) + (prep.input.nodes[i - 1]?.width ?? 0);
        const b = (before + (flow.nodes[i]?.x ?? 0)) / 2;
        if (b - last >= REPEAT_EVERY && flow.width - b >= REPEAT_MIN_REST) {
            boundaries.push(b);
            last = b;
        }
    }
    const x = (fx: number) => {
        let n = 0;
        while (n < boundaries.length && (boundaries[n] as number) < fx) n++;
        return left + fx + n * REPEAT_WIDTH;
    };
    return {
        left,
        repeats: boundaries.map((b, n) => left + b + n * REPEAT_WIDTH),
        x,
        width: Math.max(flow.width, 0) + boundaries.length * REPEAT_WIDTH,
        key: `${left}|${boundaries.join(',')}`
    };
}
