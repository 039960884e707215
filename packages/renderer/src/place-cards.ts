import type { CardGeom, ColumnGeom, EdgeGeom, Point, TextGeom } from './geometry.js';
import type { FlowLayout } from './layout-flow.js';
import { M } from './metrics.js';
import type { PreparedFlow } from './prepare-flow.js';
import type { RenderMemo, StepMemo } from './render-memo.js';
import { textGeom } from './text-geom.js';
import { wrapText, type WrappedText } from './wrap.js';

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
        let bx = box.x + M.cardPad;
        const by = box.y + box.height - M.cardPad - M.badgeHeight;
        const badge = (text: string, cls: string) => {
            const w = wrapText(text, M.cardWidth - 2 * M.cardPad - 12, M.badgeFont, true);
            const bw = w.width + 12;
            if (bx + bw > box.x + box.width - M.cardPad) bx = box.x + M.cardPad; // cannot happen with two short badges
            const bbox = { x: bx, y: by, width: bw, height: M.badgeHeight };
            texts.push(textGeom(w, bx + 6, by + (M.badgeHeight - w.height) / 2, bbox, cls));
            bx += bw + 6;
        };
        if (c.step.momentOfTruth) badge('★ Moment of truth', 'jm-mot-text');
        if (c.step.end) badge('■ End', 'jm-end-text');
        const geom: CardGeom = { ...box, stepId: c.step.id, stageId: c.stageId, column: i, momentOfTruth: c.step.momentOfTruth, end: c.step.end, texts };
        memo.card = { x: col.x, y: cardY, height: prep.cardHeight, column: i, stageId: c.stageId, geom };
        cards.push(geom);
    });
    return cards;
}

/** The edges of the flow; those of the last render are reused while the layout and the band's origin stay. */
export function placeEdges(prep: PreparedFlow, flow: FlowLayout, memo: RenderMemo, left: number, flowTop: number): EdgeGeom[] {
    const em = memo.edges;
    const reusable = em.flow === flow && em.left === left && em.flowTop === flowTop;
    const edges = prep.edges.map((e, i): EdgeGeom => {
        const old = reusable ? em.list[i] : undefined;
        if (old && old.from === e.from && old.to === e.to && old.label === e.label && old.share === e.share && em.wrapped[i] === e.wrapped) return old;
        const fl = flow.edges[i];
        const points: Point[] = (fl?.points ?? []).map((p) => ({ x: p.x + left, y: p.y + flowTop }));
        let labelText: TextGeom | undefined;
        if (e.wrapped && fl?.label) {
            const size = prep.input.edges[i]?.label ?? { width: 0, height: 0 };
            const box = { x: fl.label.x + left, y: fl.label.y + flowTop, width: size.width, height: size.height };
            labelText = textGeom(e.wrapped, box.x + 3, box.y + 1, box, 'jm-edge-label');
        }
        return { from: e.from, to: e.to, label: e.label, share: e.share, points, labelText };
    });
    memo.edges = { flow, left, flowTop, list: edges, wrapped: prep.edges.map((e) => e.wrapped) };
    return edges;
}
