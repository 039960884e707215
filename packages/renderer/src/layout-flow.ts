import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode, ElkExtendedEdge, ElkPoint } from 'elkjs/lib/elk-api.js';
import type { Point } from './geometry.js';

/**
 * The step flow laid out by ELK (layered, left to right, orthogonal routing). Only cards and
 * successor edges go in: lanes are placed by arithmetic from the columns this returns. Stage and
 * step order is kept by construction: every column (a step, or the placeholder of an empty stage)
 * gets its own layer, in file order (interactive layering on strictly increasing x positions,
 * model-order cycle breaking), so no partitioning is needed.
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

let sharedElk: InstanceType<typeof ELK> | undefined;

export class FlowLayouter {
    /** One ELK instance per process: creating one costs ~100 ms, and layout() keeps no state between calls. */
    private get elk(): InstanceType<typeof ELK> {
        return (sharedElk ??= new ELK());
    }
    /** Number of ELK runs so far (tests use it to check that a label edit reuses the layout). */
    runs = 0;

    async layout(input: FlowInput): Promise<FlowLayout> {
        this.runs++;
        let offset = 0;
        const graph: ElkNode = {
            id: 'root',
            layoutOptions: LAYOUT_OPTIONS,
            children: input.nodes.map((n, i) => {
                const x = offset;
                offset += n.width + 100;
                return { id: `n${i}`, width: n.width, height: n.height, x, y: 0 };
            }),
            edges: input.edges.map(
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
        const out = await this.elk.layout(graph);
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
            nodes: input.nodes.map((_, i) => pos.get(`n${i}`) ?? { x: 0, y: 0 }),
            edges,
            width: out.width ?? 0,
            height: out.height ?? 0
        };
    }
}
