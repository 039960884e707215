import type { JourneyModel, Step } from '@journey-maps/model';
import type { Box, CardGeom, ColumnGeom, EdgeGeom, EmotionPointGeom, LaneGeom, LaneItemGeom, LegendItemGeom, MapGeometry, Point, StageGeom, TextGeom } from './geometry.js';
import { laneDefs, shortPersona, wrapItem, type LaneItem, type ModelIndex } from './lanes.js';
import type { FlowLayout } from './layout-flow.js';
import { M } from './metrics.js';
import { memoItems, PlaceCache, type StepMemo } from './place-cache.js';
import type { PreparedFlow } from './prepare-flow.js';
import { wrapText, type WrappedText } from './wrap.js';

/**
 * After the ELK run (prepare-flow.ts measures the cards before it): the columns it returns anchor
 * the stage bands, the lanes and the header. Pure arithmetic.
 */

function textGeom(w: WrappedText, x: number, y: number, container: Box, cls: string): TextGeom {
    return { box: { x, y, width: w.width, height: w.height }, container, lines: w.lines, fontSize: w.fontSize, lineHeight: w.lineHeight, bold: w.bold, cls };
}

export interface PlaceOptions {
    /** Title shown at the top; defaults to the journey's title. */
    title?: string;
}

const KIND_LABEL: Record<string, string> = {
    current: 'Current-state journey map',
    future: 'Future-state journey map',
    day: 'Day-in-the-life map',
    blueprint: 'Service blueprint'
};

export function placeMap(model: JourneyModel, prep: PreparedFlow, flow: FlowLayout, cache: PlaceCache = new PlaceCache()): MapGeometry {
    cache.begin(model);
    try {
        return place(model, prep, flow, cache);
    } finally {
        cache.end();
    }
}

function place(model: JourneyModel, prep: PreparedFlow, flow: FlowLayout, cache: PlaceCache): MapGeometry {
    const ix = prep.index;
    const left = M.margin + M.laneTitleWidth + M.gutter;
    const flowWidth = Math.max(flow.width, 0);
    const width = Math.max(M.minWidth, Math.ceil(left + flowWidth + M.gutter + M.margin));
    const contentRight = width - M.margin;
    const full: Box = { x: M.margin, y: 0, width: width - 2 * M.margin, height: Number.MAX_SAFE_INTEGER };

    // Header: title, kind, goals.
    const header: TextGeom[] = [];
    let y = M.margin;
    const headerWidth = width - 2 * M.margin;
    const t = wrapText(model.journey.title || model.journey.id, headerWidth, M.titleFont, true);
    header.push(textGeom(t, M.margin, y, { ...full, y, height: t.height }, 'jm-text'));
    y += t.height + 4;
    const personaCount = model.journey.personas.length;
    const sub = wrapText(`${KIND_LABEL[model.journey.kind] ?? model.journey.kind} · ${prep.columns.filter((c) => c.step).length} steps in ${model.stages.length} stages · ${personaCount} persona${personaCount === 1 ? '' : 's'}`, headerWidth, M.subtitleFont, false);
    header.push(textGeom(sub, M.margin, y, { ...full, y, height: sub.height }, 'jm-muted'));
    y += sub.height + 8;
    for (const g of model.journey.goals) {
        const w = wrapText(`Goal: ${g}`, headerWidth, M.goalFont, false);
        header.push(textGeom(w, M.margin, y, { ...full, y, height: w.height }, 'jm-text'));
        y += w.height + 2;
    }
    y += 8;

    // Legend: one chip per persona of the journey, flowing left to right.
    const legend: LegendItemGeom[] = [];
    const legendPersonas = model.journey.personas.length > 0 ? model.journey.personas : model.personas.map((p) => p.id);
    let lx = M.margin;
    let rowH = 0;
    for (const p of legendPersonas) {
        const label = ix.personaLabel.get(p) ?? p;
        const w = wrapText(label, Math.min(360, headerWidth - 34), M.legendFont, false);
        const itemW = w.width + 34;
        const itemH = Math.max(24, w.height + 10);
        if (lx > M.margin && lx + itemW > contentRight) {
            lx = M.margin;
            y += rowH + 6;
            rowH = 0;
        }
        const box = { x: lx, y, width: itemW, height: itemH };
        legend.push({ ...box, persona: p, colour: (ix.personaIndex.get(p) ?? 0) % 8, label: textGeom(w, lx + 26, y + (itemH - w.height) / 2, box, 'jm-text') });
        lx += itemW + 10;
        rowH = Math.max(rowH, itemH);
    }
    if (legend.length > 0) y += rowH + 14;

    // Columns from ELK.
    const columns: ColumnGeom[] = prep.columns.map((c, i) => ({
        stepId: c.step?.id,
        stageId: c.stageId,
        x: left + (flow.nodes[i]?.x ?? 0),
        width: prep.input.nodes[i]?.width ?? M.cardWidth
    }));

    // Stage bands: boundaries halfway between the last column of a stage and the first of the next.
    const stageTop = y;
    const stageLabelWidths: { stageId: string; x0: number; x1: number }[] = [];
    model.stages.forEach((stage, si) => {
        const cols = prep.columns.map((c, i) => (c.stageIndex === si ? i : -1)).filter((i) => i >= 0);
        const a = cols[0] ?? 0;
        const b = cols[cols.length - 1] ?? 0;
        const ca = columns[a];
        const cb = columns[b];
        if (!ca || !cb) return;
        const prev = columns[a - 1];
        const next = columns[b + 1];
        const x0 = prev ? (prev.x + prev.width + ca.x) / 2 : left - M.gutter / 2;
        const x1 = next ? (cb.x + cb.width + next.x) / 2 : Math.max(cb.x + cb.width + M.gutter / 2, contentRight);
        stageLabelWidths.push({ stageId: stage.id, x0, x1 });
    });
    let stageH = 0;
    const stageWrapped = stageLabelWidths.map((s, i) => {
        const w = wrapText(model.stages[i]?.label ?? '', Math.max(20, s.x1 - s.x0 - 2 * M.stagePad), M.stageFont, true);
        stageH = Math.max(stageH, w.height + 2 * M.stagePad);
        return w;
    });
    const stages: StageGeom[] = stageLabelWidths.map((s, i) => {
        const box = { x: s.x0, y: stageTop, width: s.x1 - s.x0, height: stageH };
        const w = stageWrapped[i] as WrappedText;
        return { ...box, stageId: s.stageId, label: textGeom(w, s.x0 + M.stagePad, stageTop + M.stagePad, box, 'jm-stage-text') };
    });
    y = stageTop + stageH + 4;

    // Flow band.
    const flowTop = y;
    const cards: CardGeom[] = [];
    const memos = prep.columns.map((c) => (c.step ? cache.step(c.step) : undefined));
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
    const em = cache.edges;
    const edgesReusable = em.flow === flow && em.left === left && em.flowTop === flowTop;
    const edges: EdgeGeom[] = prep.edges.map((e, i) => {
        const old = edgesReusable ? em.list[i] : undefined;
        if (old && old.from === e.from && old.to === e.to && old.label === e.label && em.wrapped[i] === e.wrapped) return old;
        const fl = flow.edges[i];
        const points: Point[] = (fl?.points ?? []).map((p) => ({ x: p.x + left, y: p.y + flowTop }));
        let labelText: TextGeom | undefined;
        if (e.wrapped && fl?.label) {
            const size = prep.input.edges[i]?.label ?? { width: 0, height: 0 };
            const box = { x: fl.label.x + left, y: fl.label.y + flowTop, width: size.width, height: size.height };
            labelText = textGeom(e.wrapped, box.x + 3, box.y + 1, box, 'jm-edge-label');
        }
        return { from: e.from, to: e.to, label: e.label, points, labelText };
    });
    cache.edges = { flow, left, flowTop, list: edges, wrapped: prep.edges.map((e) => e.wrapped) };
    y = flowTop + flow.height + 8;

    // Lanes: the non-empty ones, in order.
    const laneDefsDrawn = laneDefs(model.journey.kind).filter((def) => {
        if (def.kind === 'line') return true;
        if (def.kind === 'emotion') return prep.columns.some((c) => c.step && c.step.emotions.length > 0);
        return prep.columns.some((c, i) => c.step && memoItems(memos[i] as StepMemo, def.id, c.step, ix).length > 0);
    });
    const lanes: LaneGeom[] = [];
    const laneItems: LaneItemGeom[] = [];
    const emotionPoints: EmotionPointGeom[] = [];
    const emotionLines: MapGeometry['emotionLines'] = [];
    let emotionAxis: MapGeometry['emotionAxis'];
    const laneTitleBox = (top: number, h: number): Box => ({ x: M.margin + 8, y: top, width: M.laneTitleWidth - 12, height: h });
    for (const def of laneDefsDrawn) {
        const top = y;
        const titleW = wrapText(def.label, M.laneTitleWidth - 16, M.laneTitleFont, true);
        if (def.kind === 'line') {
            const h = Math.max(M.lineLaneHeight, titleW.height + 8);
            lanes.push({ id: def.id, label: def.label, y: top, height: h, kind: 'line', title: textGeom(titleW, M.margin + 8, top + (h - titleW.height) / 2, laneTitleBox(top, h), 'jm-bp-line-text') });
            y += h;
            continue;
        }
        if (def.kind === 'emotion') {
            const axisTop = top + M.lanePad + 8;
            const valueY = [0, 1, 2, 3, 4, 5, 6].map((k) => axisTop + (6 - k) * M.emotionUnit);
            let bottom = axisTop + 6 * M.emotionUnit + 8;
            const byPersona = new Map<string, Point[]>();
            prep.columns.forEach((c, i) => {
                if (!c.step || c.step.emotions.length === 0) return;
                const col = columns[i] as ColumnGeom;
                const memo = memos[i] as StepMemo;
                let placed = memo.emotions;
                if (!placed || placed.x !== col.x || placed.width !== col.width || placed.axisTop !== axisTop) {
                    placed = placeEmotions(c.step, col, valueY);
                    placed.axisTop = axisTop;
                    memo.emotions = placed;
                }
                bottom = Math.max(bottom, placed.bottom);
                placed.points.forEach((p, k) => {
                    emotionPoints.push(p);
                    let line = byPersona.get(p.persona);
                    if (!line) byPersona.set(p.persona, (line = []));
                    line.push(placed.line[k] as Point);
                });
            });
            for (const [persona, points] of byPersona) emotionLines.push({ persona, points });
            const h = Math.max(bottom + M.lanePad - top, titleW.height + 2 * M.lanePad);
            emotionAxis = { valueY, x: left - M.gutter / 2, width: contentRight - (left - M.gutter / 2) };
            lanes.push({ id: 'emotions', label: def.label, y: top, height: h, kind: 'emotion', title: textGeom(titleW, M.margin + 8, top + M.lanePad, laneTitleBox(top, h), 'jm-lane-title') });
            y += h;
            continue;
        }
        let maxH = titleW.height;
        prep.columns.forEach((c, i) => {
            const col = columns[i];
            if (!col || !c.step) return;
            const memo = memos[i] as StepMemo;
            const items = memoItems(memo, def.id, c.step, ix);
            if (items.length === 0) return;
            let placed = memo.placed.get(def.id);
            if (!placed || placed.x !== col.x || placed.width !== col.width || placed.top !== top) {
                placed = placeItems(items, def.id, c.step.id, col, top);
                memo.placed.set(def.id, placed);
            }
            for (const g of placed.geoms) laneItems.push(g);
            maxH = Math.max(maxH, placed.extent);
        });
        const h = maxH + 2 * M.lanePad;
        lanes.push({ id: def.id, label: def.label, y: top, height: h, kind: 'items', title: textGeom(titleW, M.margin + 8, top + M.lanePad, laneTitleBox(top, h), 'jm-lane-title') });
        y += h;
    }
    const bodyBottom = y;
    const height = Math.ceil(y + M.margin);
    return {
        width,
        height,
        header,
        legend,
        stages,
        columns,
        cards,
        edges,
        lanes,
        laneItems,
        emotionAxis,
        emotionPoints,
        emotionLines,
        body: { top: stageTop + stageH, bottom: bodyBottom }
    };
}

/** A step's items in one lane, placed in its column from the lane's top; extent: their height. */
function placeItems(items: LaneItem[], lane: string, stepId: string, col: ColumnGeom, top: number): { x: number; width: number; top: number; geoms: LaneItemGeom[]; extent: number } {
    const geoms: LaneItemGeom[] = [];
    let iy = top + M.lanePad;
    for (const item of items) {
        const chipW = item.chip !== undefined ? 16 : 0;
        const inner = col.width - 2 * M.itemPad - chipW;
        const wrapped = wrapItem(item, inner);
        let h = 0;
        for (const w of wrapped) h += w.wrapped.height;
        h += 2 * M.itemPad;
        const box = { x: col.x, y: iy, width: col.width, height: h };
        const texts: TextGeom[] = [];
        let ty = iy + M.itemPad;
        for (const w of wrapped) {
            texts.push(textGeom(w.wrapped, col.x + M.itemPad + chipW, ty, box, w.line.cls));
            ty += w.wrapped.height;
        }
        geoms.push({ x: box.x, y: box.y, width: box.width, height: box.height, lane, stepId, ref: item.ref, persona: item.persona, cls: item.cls, texts, tooltip: item.tooltip, chip: item.chip });
        iy += h + M.itemGap;
    }
    return { x: col.x, width: col.width, top, geoms, extent: iy - M.itemGap - (top + M.lanePad) };
}

/** A step's emotion points (and their labels, stacked without overlap) in its column. */
function placeEmotions(step: Step, col: ColumnGeom, valueY: number[]): NonNullable<StepMemo['emotions']> {
    const points: EmotionPointGeom[] = [];
    const line: Point[] = [];
    let bottom = -Infinity;
    const cx = col.x + col.width / 2;
    const n = step.emotions.length;
    const pts = step.emotions.map((e, k) => ({ e, x: cx + (k - (n - 1) / 2) * 12, y: valueY[Math.max(-3, Math.min(3, e.value)) + 3] as number }));
    const order = [...pts].sort((a, b) => a.y - b.y);
    let prevBottom = -Infinity;
    for (const p of order) {
        let label: TextGeom | undefined;
        if (p.e.label) {
            const w = wrapText(p.e.label, col.width - 8, M.emotionFont, false);
            const ly = Math.max(p.y + 8, prevBottom + 2);
            const lx = Math.min(Math.max(col.x + 4, p.x - w.width / 2), col.x + col.width - 4 - w.width);
            const container = { x: col.x, y: ly, width: col.width, height: w.height };
            label = textGeom(w, lx, ly, container, 'jm-text jm-halo');
            prevBottom = ly + w.height;
            bottom = Math.max(bottom, prevBottom + 4);
        }
        points.push({ x: p.x, y: p.y, persona: p.e.persona, stepId: step.id, value: p.e.value, word: p.e.label, label });
        line.push({ x: p.x, y: p.y });
    }
    return { x: col.x, width: col.width, axisTop: 0, points, line, bottom };
}

/** Short label for tooltips of a persona. */
export function personaShort(ix: ModelIndex, id: string): string {
    return shortPersona(ix.personaLabel.get(id) ?? id);
}
