import type { Point } from './geometry.js';
import { elkLayout, LAYER_GAP, PAD_Y } from './layout-elk.js';
import { collapseStraightRuns, expandStraightRuns } from './layout-runs.js';

/**
 * The step flow laid out by ELK (layered, left to right, orthogonal routing). Only cards and
 * successor edges go in: lanes are placed by arithmetic from the columns this returns. Stage and
 * step order is kept by construction: every column (a step, or the placeholder of an empty stage)
 * gets its own layer, in file order (interactive layering on strictly increasing x positions,
 * model-order cycle breaking), so no partitioning is needed (layout-elk.ts). A flow that is one
 * straight chain (no branch, loop or gap) needs no ELK run: its layout, the one ELK returns for it,
 * is arithmetic; inside a branching flow, each straight run goes to ELK as one node (layout-runs.ts).
 */

export interface FlowInput {
    /** One entry per column, in file order: the card size. */
    nodes: { width: number; height: number }[];
    edges: { from: number; to: number; label?: { width: number; height: number } }[];
}

export interface FlowLayout {
    nodes: { x: number; y: number }[];
    edges: { points: Point[]; label?: { x: number; y: number } }[];
    width: number;
    height: number;
}

/** A string that is equal for two inputs exactly when their layouts are equal. */
export function flowShapeKey(input: FlowInput): string {
    let k = '';
    for (const n of input.nodes) k += `${n.width}x${n.height},`;
    k += '|';
    for (const e of input.edges) k += `${e.from}>${e.to}${e.label ? `:${e.label.width}x${e.label.height}` : ''},`;
    return k;
}

/**
 * True when the flow is one straight chain: every column is a card of the same height, column k
 * has exactly one successor edge, the unlabelled k → k+1, and there are no other edges (no branch,
 * loop, end in between or empty stage). ELK lays that out as a straight line, one node per layer at
 * the same y, LAYER_GAP apart, each edge horizontal through the middle of the cards: that result is
 * computed by arithmetic instead (`straightChainLayout`; a test compares it with ELK's).
 */
export function isStraightChain(input: FlowInput): boolean {
    const n = input.nodes.length;
    if (n === 0 || input.edges.length !== n - 1) return false;
    const h = input.nodes[0]?.height;
    for (const node of input.nodes) if (node.height !== h) return false;
    for (let i = 0; i < input.edges.length; i++) {
        const e = input.edges[i] as FlowInput['edges'][number];
        if (e.from !== i || e.to !== i + 1 || e.label) return false;
    }
    return true;
}

export function straightChainLayout(input: FlowInput): FlowLayout {
    const nodes: FlowLayout['nodes'] = [];
    let x = 0;
    for (const node of input.nodes) {
        if (nodes.length > 0) x += LAYER_GAP;
        nodes.push({ x, y: PAD_Y });
        x += node.width;
    }
    const h = input.nodes[0]?.height ?? 0;
    const edges: FlowLayout['edges'] = input.edges.map((e) => {
        const a = nodes[e.from] as { x: number };
        const b = nodes[e.to] as { x: number };
        const y = PAD_Y + h / 2;
        return { points: [{ x: a.x + (input.nodes[e.from]?.width ?? 0), y }, { x: b.x, y }] };
    });
    return { nodes, edges, width: x, height: h + 2 * PAD_Y };
}

/**
 * Who lays out a flow. The renderer's default runs ELK in the calling thread; the language server
 * passes one that runs `layoutFlow` in a worker thread, so a long layout never blocks completion.
 * `signal` aborts when a newer render (or dispose) supersedes the one that asked.
 */
export interface FlowLayoutEngine {
    layout(input: FlowInput, signal: AbortSignal): Promise<FlowLayout>;
}

/**
 * The flow's layout: arithmetic for a straight chain, ELK for anything else, with its straight runs
 * handed to ELK as one node each. Inputs and outputs are plain data (they cross to a worker), and
 * ELK runs synchronously in the calling thread.
 */
export function layoutFlow(input: FlowInput): Promise<FlowLayout> {
    return settle(() => layoutFlowNow(input));
}

function layoutFlowNow(input: FlowInput): FlowLayout {
    if (isStraightChain(input)) return straightChainLayout(input);
    const collapsed = collapseStraightRuns(input);
    return expandStraightRuns(input, collapsed, elkLayout(collapsed.input));
}

/** Lays out in this thread. */
export const inThreadLayout: FlowLayoutEngine = { layout: (input) => layoutFlow(input) };

/** ELK's layout of the whole flow as it is, run by run (tests compare it with layoutFlow's). */
export function layoutWithElk(input: FlowInput): Promise<FlowLayout> {
    return settle(() => elkLayout(input));
}

/** A synchronous result or error as a promise, so callers see ELK's errors as rejections. */
function settle<T>(run: () => T): Promise<T> {
    try {
        return Promise.resolve(run());
    } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
}
