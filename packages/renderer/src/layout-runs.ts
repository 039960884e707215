import { LAYER_GAP } from './layout-elk.js';
import type { FlowInput, FlowLayout } from './layout-flow.js';

/**
 * A straight run of steps inside a branching flow goes to ELK as one node. Columns k and k+1 are
 * one run when the only edge leaving k is the unlabelled k → k+1, the only edge reaching k+1 is
 * that one, and both cards have the same height: nothing enters or leaves in between, so ELK has
 * nothing to decide there, and the run's cards are set in a row inside the merged node, LAYER_GAP
 * apart, as ELK sets a straight chain. Edges into the run's first card and out of its last keep
 * their sides on the merged node; edges passing over the run pass over the merged node.
 *
 * Where no long edge passes a run, the layout is the one ELK gives every card (a test compares
 * them). Where long edges pass over it, ELK sees fewer layers, and its crossing minimisation may
 * settle on another order: measured, cards up to 43 px higher or lower than whole-ELK's, edge
 * crossings 4 → 7 on Mermaid's 100-task workload (9 % of cards merged) and 101 → 66 on a generated
 * 2,000-step map (14 % merged): a different drawing, not a worse one.
 */

export interface CollapsedFlow {
    /** The flow ELK is given: one node per run. */
    input: FlowInput;
    /** Per column of the original flow: the node that holds it, and its x inside that node. */
    columns: { node: number; dx: number }[];
    /** Per edge of the original flow: its edge in the collapsed flow, or -1 for an edge inside a run. */
    edges: number[];
}

export function collapseStraightRuns(input: FlowInput): CollapsedFlow {
    const n = input.nodes.length;
    const outs = new Array<number>(n).fill(0);
    const ins = new Array<number>(n).fill(0);
    const straight = new Array<boolean>(n).fill(false);
    for (const e of input.edges) {
        outs[e.from]!++;
        ins[e.to]!++;
        if (e.to === e.from + 1 && !e.label) straight[e.from] = true;
    }
    const join = Array.from({ length: n }, (_, k) => k + 1 < n && straight[k] === true && outs[k] === 1 && ins[k + 1] === 1 && input.nodes[k]!.height === input.nodes[k + 1]!.height);
    // A loop from a run's last card back to its first would become an edge of the merged node to
    // itself: that last card stays apart (only a run's last card can have a second edge out).
    const start = new Array<number>(n).fill(0);
    for (let k = 1; k < n; k++) start[k] = join[k - 1] ? start[k - 1]! : k;
    for (const e of input.edges) if (e.from > e.to && join[e.from - 1] && start[e.from] === e.to) join[e.from - 1] = false;
    const columns: CollapsedFlow['columns'] = [];
    const nodes: FlowInput['nodes'] = [];
    input.nodes.forEach((node, k) => {
        const merged = nodes[nodes.length - 1];
        if (k > 0 && join[k - 1] && merged) {
            columns.push({ node: nodes.length - 1, dx: merged.width + LAYER_GAP });
            merged.width += LAYER_GAP + node.width;
        } else {
            columns.push({ node: nodes.length, dx: 0 });
            nodes.push({ width: node.width, height: node.height });
        }
    });
    const edges: number[] = [];
    const kept: FlowInput['edges'] = [];
    for (const e of input.edges) {
        if (e.to === e.from + 1 && join[e.from]) {
            edges.push(-1);
            continue;
        }
        const from = columns[e.from]!.node;
        const to = columns[e.to]!.node;
        edges.push(kept.length);
        kept.push(e.label ? { from, to, label: e.label } : { from, to });
    }
    return { input: { nodes, edges: kept }, columns, edges };
}

/** The layout of the original flow from ELK's layout of its collapsed form. */
export function expandStraightRuns(input: FlowInput, collapsed: CollapsedFlow, layout: FlowLayout): FlowLayout {
    const nodes = collapsed.columns.map((c) => {
        const at = layout.nodes[c.node] ?? { x: 0, y: 0 };
        return { x: at.x + c.dx, y: at.y };
    });
    const edges = input.edges.map((e, i): FlowLayout['edges'][number] => {
        const j = collapsed.edges[i] ?? -1;
        if (j >= 0) return layout.edges[j] ?? { points: [] };
        const a = nodes[e.from]!;
        const b = nodes[e.to]!;
        const y = a.y + input.nodes[e.from]!.height / 2;
        return { points: [{ x: a.x + input.nodes[e.from]!.width, y }, { x: b.x, y }] };
    });
    return { nodes, edges, width: layout.width, height: layout.height };
}
