import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api.js';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Point } from './geometry.js';
import type { FlowInput, FlowLayout } from './layout-flow.js';

/**
 * ELK's layout of a flow, called synchronously in this thread. Columns are fixed by file order, so
 * ELK is told what is already known: one layer per column (interactive layering on strictly
 * increasing x positions), edges against file order reversed (model-order cycle breaking), one
 * component. What is left to ELK is the order within each layer (crossing minimisation at its
 * lowest thoroughness), the y positions (simple node placement) and the orthogonal routing.
 */

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
    'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    // Components packed separately would lose the file order (ends and empty stages split the graph).
    'elk.separateConnectedComponents': 'false',
    'elk.layered.layering.strategy': 'INTERACTIVE',
    'elk.padding': '[top=12,left=0,bottom=12,right=0]'
};

/** Gap between two layers joined by one straight edge, and the padding above and below the flow. */
export const LAYER_GAP = Number(LAYOUT_OPTIONS['elk.layered.spacing.nodeNodeBetweenLayers']);
export const PAD_Y = 12;

/**
 * The cheapest layered run ELK offers for a flow: no crossing minimisation (each layer keeps the
 * order ELK's import gives it) and straight polyline edges instead of orthogonal routing. The
 * renderer does not draw with it; the Mermaid comparison times it as the floor of any drawing
 * that lets ELK lay out every card.
 */
export const CHEAPEST_LAYERED_OPTIONS: Readonly<Record<string, string>> = {
    'elk.layered.crossingMinimization.strategy': 'NONE',
    'elk.edgeRouting': 'POLYLINE'
};

/** ELK's layout of the flow as it is, whatever its shape (`overrides`: options in place of the renderer's). */
export function elkLayout(input: FlowInput, overrides?: Readonly<Record<string, string>>): FlowLayout {
    return fromElk(input, layoutSync(elkGraph(input, overrides)));
}

/** The ELK graph of a flow (exported for the test that compares the synchronous call with elkjs's API). */
export function elkGraph(input: FlowInput, overrides?: Readonly<Record<string, string>>): ElkNode {
    let offset = 0;
    return {
        id: 'root',
        layoutOptions: overrides ? { ...LAYOUT_OPTIONS, ...overrides } : LAYOUT_OPTIONS,
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
}

/** The flow layout in ELK's answer. */
export function fromElk(input: FlowInput, out: ElkNode): FlowLayout {
    const pos = new Map<string, { x: number; y: number }>();
    for (const c of out.children ?? []) pos.set(c.id, { x: c.x ?? 0, y: c.y ?? 0 });
    const edges = ((out.edges ?? []) as ElkExtendedEdge[]).map((e) => {
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

/*
 * Why synchronously: elkjs's API hands every layout to its "fake worker" through setTimeout, and
 * in a browser the nested-timer clamp (4 ms) costs more than ELK itself on small maps. The fake
 * worker's dispatcher runs the same ELK on the same message without the timer, so the result is
 * the one `new ELK().layout()` gives (a test compares them). The fake worker is elkjs's bundled
 * one (it runs wherever elkjs runs: browser, Node, worker thread); its dispatcher is not elkjs's
 * documented API, so elkjs is pinned to one version and every assumption is checked at run time.
 */

interface ElkAnswer {
    id?: number;
    data?: unknown;
    error?: unknown;
}

interface ElkFakeWorker {
    onmessage: ((answer: { data: ElkAnswer }) => void) | null;
    dispatcher?: { saveDispatch(message: { data: Record<string, unknown> }): void };
}

const PINNED = 'the elkjs version is not the one the renderer pins (package.json)';
/** Ids of synchronous calls, apart from those elkjs's own API gives its messages (0, 1, ...). */
const SYNC_ID = -1;
let worker: ElkFakeWorker | undefined;
let answer: ElkAnswer | undefined;

function send(target: ElkFakeWorker, message: Record<string, unknown>): unknown {
    answer = undefined;
    target.dispatcher?.saveDispatch({ data: { ...message, id: SYNC_ID } });
    const got = answer as ElkAnswer | undefined;
    answer = undefined;
    if (!got) throw new Error(`ELK did not answer synchronously: ${PINNED}.`);
    if (got.error !== undefined) throw got.error instanceof Error ? got.error : new Error(`ELK failed: ${String((got.error as { message?: unknown }).message ?? got.error)}`);
    return got.data;
}

/** One ELK per thread: loading it costs about 100 ms, and a layout keeps no state between calls. */
function elk(): ElkFakeWorker {
    if (worker) return worker;
    const api = new ELK({ algorithms: ['layered'] }) as unknown as { worker?: { worker?: ElkFakeWorker } };
    const created = api.worker?.worker;
    if (!created?.dispatcher) throw new Error(`elkjs's bundled ELK has no fake worker with a dispatcher: ${PINNED}.`);
    // Answers to the API's own messages (its registration, sent through a timer) are not ours.
    created.onmessage = (message) => {
        if (message.data.id === SYNC_ID) answer = message.data;
    };
    send(created, { cmd: 'register', algorithms: ['layered'] });
    return (worker = created);
}

function layoutSync(graph: ElkNode): ElkNode {
    return send(elk(), { cmd: 'layout', graph, layoutOptions: {}, options: {} }) as ElkNode;
}
