import type { JourneyModel, Step, Successor } from '@journey-maps/model';
import { cardBadges } from './card-badges.js';
import { indexModel, type ModelIndex } from './model-index.js';
import type { FlowInput } from './layout-flow.js';
import { M } from './metrics.js';
import { wrapText, type WrappedText } from './wrap.js';

/** Before the ELK run: the columns (one per step, in file order), the measured cards and the flow edges. */

export interface PreparedFlow {
    /** One per column: a step, or undefined for the placeholder of an empty stage. */
    columns: { step?: Step; stageId: string; stageIndex: number }[];
    input: FlowInput;
    edges: { from: string; to: string; label?: string; share?: number; wrapped?: WrappedText }[];
    cardLabels: WrappedText[];
    cardHeight: number;
    index: ModelIndex;
}

const EMPTY_STAGE_WIDTH = 120;

export function prepareFlow(model: JourneyModel): PreparedFlow {
    const columns: PreparedFlow['columns'] = [];
    model.stages.forEach((stage, stageIndex) => {
        if (stage.steps.length === 0) columns.push({ stageId: stage.id, stageIndex });
        for (const step of stage.steps) columns.push({ step, stageId: stage.id, stageIndex });
    });
    const colOf = new Map<string, number>();
    columns.forEach((c, i) => {
        if (c.step && !colOf.has(c.step.id)) colOf.set(c.step.id, i);
    });
    const inner = M.cardWidth - 2 * M.cardPad;
    const cardLabels = columns.map((c) => wrapText(c.step?.label ?? '', inner, M.cardFont, false));
    let cardHeight = 64;
    columns.forEach((c, i) => {
        if (!c.step) return;
        const badges = cardBadges(c.step).height;
        cardHeight = Math.max(cardHeight, Math.ceil(2 * M.cardPad + (cardLabels[i]?.height ?? 0) + badges));
    });
    const input: FlowInput = { nodes: [], edges: [] };
    for (const c of columns) input.nodes.push(c.step ? { width: M.cardWidth, height: cardHeight } : { width: EMPTY_STAGE_WIDTH, height: 1 });
    const edges: PreparedFlow['edges'] = [];
    columns.forEach((c, i) => {
        if (!c.step || colOf.get(c.step.id) !== i) return;
        for (const n of c.step.next) {
            const to = colOf.get(n.step);
            if (to === undefined) continue;
            const text = edgeLabelText(n);
            const wrapped = text ? wrapText(text, M.edgeLabelMaxWidth, M.edgeLabelFont, false) : undefined;
            edges.push({ from: c.step.id, to: n.step, label: n.label, share: n.share, wrapped });
            input.edges.push({
                from: i,
                to,
                label: wrapped ? { width: Math.ceil(wrapped.width + 6), height: Math.ceil(wrapped.height + 2) } : undefined
            });
        }
    });
    return { columns, input, edges, cardLabels, cardHeight, index: indexModel(model) };
}

/** What an arrow's label says: the share of customers who go that way, then the label ("30% · line busy"). */
export function edgeLabelText(n: Successor): string | undefined {
    const share = n.share !== undefined ? `${Math.round(n.share * 10) / 10}%` : undefined;
    return [share, n.label].filter((s) => s).join(' · ') || undefined;
}
