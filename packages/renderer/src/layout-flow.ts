import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode, ElkExtendedEdge, ElkPoint } from 'elkjs/lib/elk-api.js';
import type { Point } from './geometry.js';

/**
 * The step flow laid out by ELK (layered, left to right, orthogonal routing). Only cards and
 * successor edges go in: lanes are placed by arithmetic from the columns this returns. Stage and
 * step order is kept by construction: every column (a step, or the placeholder of an empty stage)
 * gets its own layer, in file order (interactive layering on strictly increasing x positions,
 * model-order cycle breaking), so no partitioning is needed. A flow that is one straight chain
 * (no branch, loop or gap) needs no ELK run: its layout, the one ELK returns for it, is arithmetic.
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

const LAYOUT_OPTIONS: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.thoroughness': '1',
    'elk.layered.spacing.nodeNodeBetweenLayers': '56',
    'elk.spacing.nodeNode': '28',
    'elk.spacing.edgeEdge': '12',
    'elk.spacing.edgeNode': '16',
    'elk.layered.spacing.edgeNodeBetweenLayers': '16',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
    'elk.spacing.edgeLabel': '4',
    'elk.layered.nodePlacement.strategy': 'SIMPLE',
    'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
    'elk.layered.feedbackEdges': 'true',
    // One column per step, in file order: edges against file order are the ones reversed, and
    // layers follow the x positions given below (strictly increasing), so each node gets its own layer.
    'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    // Components packed separately would lose the file order (ends and empty stages split the graph).
    'elk.separateConnectedComponents': 'false',
    'elk.layered.layering.strategy': 'INTERACTIVE',
    'elk.padding': '[top=12,left=0,bottom=12,right=0]'
};

/** A string that is equal for two inputs exactly when their layouts are equal. */
export function flowShapeKey(input: FlowInput): string {
    let k = '';
    for (const n of input.nodes) k += `${n.width}x${n.height},`;
    k += '|';
    for (const e of input.edges) k += `${e.from}>${e.to}${e.label ? `:${e.label.width}x${e.label.height}` : ''},`;
    return k;
}

/** Gap between two layers joined by one straight edge (nodeNodeBetweenLayers) and the top/bottom padding. */
const LAYER_GAP = Number(LAYOUT_OPTIONS['elk.layered.spacing.nodeNodeBetweenLayers']);
const PAD_Y = 12;

/**
 * True when the flow is one straight chain: every column is a card of the same height, column k
 * has exactly one successor edge, the unlabelled k → k+1, and there are no other edges (no branch,
 * loop, end in between or empty stage). ELK lays that out as a straight line, one node per layer at
 * the same y, LAYER_GAP apart, each edge horizontal through the middle of the cards: that result is
 * computed by arithmetic instead (`straightChainLayout`; a test compares it with ELK's). Anything else
 * goes to ELK whole, so branches and loops are laid out exactly as before.
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

/** One ELK instance per thread: creating one costs ~100 ms, and its layout() keeps no state between calls. */
let sharedElk: InstanceType<typeof ELK> | undefined;

/** The flow's layout: arithmetic for a straight chain, ELK for anything else. Inputs and outputs are plain data (they cross to a worker). */
export function layoutFlow(input: FlowInput): Promise<FlowLayout> {
    return isStraightChain(input) ? Promise.resolve(straightChainLayout(input)) : layoutWithElk(input);
}

/** Lays out in this thread. */
export const inThreadLayout: FlowLayoutEngine = { layout: (input) => layoutFlow(input) };

/** ELK's layout of the whole flow, whatever its shape (layoutFlow skips it for straight chains). */
export async function layoutWithElk(input: FlowInput): Promise<FlowLayout> {
    const nodes = input.nodes;
    const edgesIn = input.edges;
    let offset = 0;
    const graph: ElkNode = {
        id: 'root',
        layoutOptions: LAYOUT_OPTIONS,
        children: nodes.map((n, i) => {
            const x = offset;
            offset += n.width + 100;
            return { id: `n${i}`, width: n.width, height: n.height, x, y: 0 };
        }),
        edges: edgesIn.map(
            (e, i): ElkExtendedEdge => ({
                id: `e${i}`,
                sources: [`n${e.from}`],
                targets: [`n${e.to}`],
                // Tail labels (beside the source card) need no label dummy node, so one layer per
                // column holds; ELK places a label only when it has some text.
                labels: e.label ? [{ id: `l${i}`, text: 'label', width: e.label.width, height: e.label.height, layoutOptions: { 'elk.edgeLabels.placement': 'TAIL' } }] : []
            })
        )
    };
    const out = await (sharedElk ??= new ELK()).layout(graph);
    const pos = new Map<string, { x: number; y: number }>();
    for (const c of out.children ?? []) pos.set(c.id, { x: c.x ?? 0, y: c.y ?? 0 });
    const edges = (out.edges ?? []).map((e) => {
        const pts: Point[] = [];
        for (const s of e.sections ?? []) {
            const add = (p: ElkPoint) => {
                const last = pts[pts.length - 1];
                if (!last || last.x !== p.x || last.y !== p.y) pts.push({ x: p.x, y: p.y });
            };
            add(s.startPoint);
            for (const b of s.bendPoints ?? []) add(b);
            add(s.endPoint);
        }
        const l = e.labels?.[0];
        return { points: pts, label: l ? { x: l.x ?? 0, y: l.y ?? 0 } : undefined };
    });
    return {
        nodes: nodes.map((_, i) => pos.get(`n${i}`) ?? { x: 0, y: 0 }),
        edges,
        width: out.width ?? 0,
        height: out.height ?? 0
    };
}
