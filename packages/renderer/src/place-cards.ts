import type { CardGeom, ColumnGeom, EdgeGeom, Point } from './geometry.js';
import type { FlowLayout } from './layout-flow.js';
import type { MapAcross } from './map-across.js';
import { M } from './metrics.js';
import type { PreparedFlow } from './prepare-flow.js';
import type { RenderMemo, StepMemo } from './render-memo.js';
import { edgeStrokeWidth } from './edge-style.js';
import { placeEdgeLabels } from './place-edge-labels.js';
import { badgeRowTop, cardBadges } from './card-badges.js';
import { textGeom } from './text-geom.js';
import type { WrappedText } from './wrap.js';

/** The flow band: step cards where ELK put them, and the successor edges ELK routed. */

export function placeCards(prep: PreparedFlow, flow: FlowLayout, columns: ColumnGeom[], memos: (StepMemo | undefined)[], flowTop: number): CardGeom[] {
    const cards: CardGeom[] = [];
    prep.columns.forEach((c, i) => {
        if (!c.step) return;
        const col = columns[i] as ColumnGeom;
        const memo = memos[i] as StepMemo;
        const cardY = flowTop + (flow.nodes[i]?.y ?? 0);
        const hit = memo.card;
        if (hit && hit.x === col.x && hit.y === cardY && hit.height === prep.cardHeight && hit.column === i && hit.stageId === c.stageId) {
            cards.push(hit.geom);
            return;
        }
        const box = { x: col.x, y: cardY, width: M.cardWidth, height: prep.cardHeight };
        const label = prep.cardLabels[i] as WrappedText;
        const texts = [textGeom(label, box.x + M.cardPad, box.y + M.cardPad, box, 'jm-card-text')];
        const { badges, rows } = cardBadges(c.step);
        for (const b of badges) {
            const by = badgeRowTop(box.y + box.height - M.cardPad, rows, b.row);
            const bbox = { x: box.x + M.cardPad + b.dx, y: by, width: b.width, height: M.badgeHeight };
            texts.push(textGeom(b.wrapped, bbox.x + 6, by + (M.badgeHeight - b.wrapped.height) / 2, bbox, b.cls));
        }
        const geom: CardGeom = { ...box, stepId: c.step.id, stageId: c.stageId, column: i, momentOfTruth: c.step.momentOfTruth, end: c.step.end, texts };
        memo.card = { x: col.x, y: cardY, height: prep.cardHeight, column: i, stageId: c.stageId, geom };
        cards.push(geom);
    });
    return cards;
}

/**
 * The edges of the flow, their labels placed by place-edge-labels.ts; those of the last render are
 * reused while the layout, the band's origin and every label stay.
 */
export function placeEdges(prep: PreparedFlow, flow: FlowLayout, memo: RenderMemo, cards: readonly CardGeom[], across: MapAcross, flowTop: number): EdgeGeom[] {
    const em = memo.edges;
    const reusable = em.flow === flow && em.across === across.key && em.flowTop === flowTop && em.list.length === prep.edges.length
        && prep.edges.every((e, i) => em.list[i]?.from === e.from && em.list[i]?.to === e.to && em.list[i]?.label === e.label && em.list[i]?.share === e.share && em.wrapped[i] === e.wrapped);
    if (reusable) return em.list;
    const inputs = prep.edges.map((e, i) => {
        const fl = flow.edges[i];
        const points: Point[] = (fl?.points ?? []).map((p) => ({ x: across.x(p.x), y: p.y + flowTop }));
        const size = prep.input.edges[i]?.label;
        const elk = e.wrapped && fl?.label && size ? { x: across.x(fl.label.x), y: fl.label.y + flowTop, width: size.width, height: size.height } : undefined;
        return { points, width: edgeStrokeWidth(e.share), elk };
    });
    const band = { x: across.left, y: flowTop, width: across.width, height: flow.height };
    const labels = placeEdgeLabels(inputs, cards, band);
    const edges = prep.edges.map((e, i): EdgeGeom => {
        const { points } = inputs[i] as { points: Point[] };
        const placed = labels[i];
        const labelText = e.wrapped && placed ? textGeom(e.wrapped, placed.box.x + 3, placed.box.y + 1, placed.box, 'jm-edge-label') : undefined;
        return { from: e.from, to: e.to, label: e.label, share: e.share, points, labelText, labelOnLine: placed?.onLine };
    });
    memo.edges = { flow, across: across.key, flowTop, list: edges, wrapped: prep.edges.map((e) => e.wrapped) };
    return edges;
}
